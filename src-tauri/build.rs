//! Compiles the app's capabilities and embeds tauri.conf.json; runs with the repository root as
//! its working directory because the package root is the repository root.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=tauri.conf.json");
    tauri_build::try_build(tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/capabilities/**/*"))
        .expect("tauri-build: check tauri.conf.json, icons/ and src-tauri/capabilities/");
}
