//! Reading CBP's Border Wait Times answer: the real capture (`cbp-bwt/wsdot-currentBorderCrossings.json`,
//! 76 ports, about 130 KB) into commercial-lane readings, as each poll does.
//! Run: `cargo bench -p cruce-core --bench wait_times`.

fn main() {
    divan::main();
}

fn sample() -> String {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    std::fs::read_to_string(dir.join("cbp-bwt/wsdot-currentBorderCrossings.json")).expect("the shared data folder: set CRUCE_SHARED_DATA")
}

#[divan::bench]
fn parse_the_real_answer(bencher: divan::Bencher) {
    let text = sample();
    assert_eq!(cruce_core::crossing::wait_times::parse(&text).unwrap().len(), 24);
    bencher.bench_local(|| cruce_core::crossing::wait_times::parse(divan::black_box(&text)).unwrap().len());
}
