//! The IPC commands, declared once: the same list registers the handlers with Tauri and produces
//! the signatures the TypeScript bindings are generated from.

pub mod app_info;
pub mod catalog;
pub mod database;
pub mod declaration;
pub mod drafts;
pub mod history;
pub mod preferences;

use crate::bindings::CommandSignature;

/// Declares every command as `module::name(arg: Type, ...) -> Ok;`.
///
/// From that list it builds the Tauri handler, the signature list for the bindings, and a
/// never-called function that calls each command with the declared argument types and binds the
/// result to the declared return type — so a signature that drifts from its command fails to compile.
macro_rules! commands {
    ($( $module:ident :: $name:ident ( $( $arg:ident : $ty:ty ),* ) -> $ret:ty ; )*) => {
        /// Every command name, as the webview invokes it.
        pub const NAMES: &[&str] = &[$( stringify!($name) ),*];

        /// The handler registered with Tauri.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$( $module::$name ),*]
        }

        /// Name, arguments and success type of every command, for the generated bindings.
        pub fn signatures() -> Vec<CommandSignature> {
            let cfg = crate::bindings::ts_config();
            vec![$(
                CommandSignature {
                    name: stringify!($name),
                    args: vec![$( (stringify!($arg), <$ty as ts_rs::TS>::name(&cfg)) ),*],
                    returns: <$ret as ts_rs::TS>::name(&cfg),
                }
            ),*]
        }

        #[allow(dead_code, unreachable_code, unused_variables, clippy::diverging_sub_expression, clippy::let_underscore_future)]
        fn declared_signatures_match_the_commands(state: tauri::State<'_, crate::state::AppState>) {
            $({
                let _ = async {
                    let _: Result<$ret, crate::error::IpcError> =
                        $module::$name(state.clone() $(, { let $arg: $ty = unreachable!(); $arg })*).await;
                };
            })*
        }
    };
}

commands! {
    app_info::get_app_info() -> app_info::AppInfo;
    catalog::list_us_ports() -> Vec<cruce_core::catalog::UsPort>;
    declaration::validate_declaration(declaration: declaration::DeclarationDocument) -> Vec<cruce_core::validate::Finding>;
    declaration::get_us_view(declaration: declaration::DeclarationDocument) -> cruce_core::views::GovernmentView;
    declaration::get_mexican_view(declaration: declaration::DeclarationDocument) -> cruce_core::views::GovernmentView;
    declaration::check_identifier(kind: String, value: String) -> cruce_core::ids::IdCheck;
    drafts::list_drafts() -> Vec<cruce_core::DraftSummary>;
    drafts::search_drafts(query: drafts::DraftQuery) -> drafts::DraftPage;
    drafts::get_draft(id: String) -> cruce_core::Draft;
    drafts::create_draft(header: cruce_core::HeaderInput) -> cruce_core::Draft;
    drafts::update_draft_header(id: String, header: cruce_core::HeaderInput, expected_revision: u32) -> cruce_core::Draft;
    drafts::save_draft(id: String, declaration: declaration::DeclarationDocument, expected_revision: u32) -> cruce_core::Draft;
    drafts::duplicate_draft(id: String, reference: String) -> cruce_core::Draft;
    drafts::undelete_draft(id: String) -> cruce_core::Draft;
    drafts::set_draft_status(id: String, status: cruce_core::DraftStatus) -> ();
    drafts::delete_draft(id: String) -> ();
    history::get_history(id: String) -> Vec<history::Revision>;
    history::compare_revisions(id: String, from: u32, to: u32) -> Vec<cruce_core::declaration::FieldChange>;
    history::restore_revision(id: String, revision: u32, expected_revision: u32) -> cruce_core::Draft;
    database::backup_database(path: String) -> ();
    database::restore_database(path: String) -> ();
    preferences::get_preferences() -> preferences::Preferences;
    preferences::set_language(language: cruce_core::Language) -> ();
    preferences::set_author_name(name: String) -> ();
}
