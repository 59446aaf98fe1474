//! The IPC commands, declared once: the same list registers the handlers with Tauri and produces
//! the signatures the TypeScript bindings are generated from.

pub mod app_info;
pub mod catalog;
pub mod crossings;
pub mod database;
pub mod declaration;
pub mod drafts;
pub mod history;
pub mod preferences;
pub mod schedules;
pub mod screening;
pub mod traders;

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
    drafts::search_drafts(query: cruce_core::DraftQuery) -> cruce_core::DraftPage;
    drafts::get_draft(id: String) -> cruce_app::drafts::CheckedDraft;
    drafts::create_draft(header: cruce_core::HeaderInput) -> cruce_app::drafts::CheckedDraft;
    drafts::save_draft(id: String, declaration: declaration::DeclarationDocument, expected_revision: u32) -> cruce_app::drafts::SavedRevision;
    drafts::duplicate_draft(id: String, reference: String) -> cruce_core::DraftSummary;
    drafts::keep_as_copy(declaration: declaration::DeclarationDocument, reference: String) -> cruce_core::DraftSummary;
    drafts::undelete_draft(id: String) -> cruce_core::DraftSummary;
    drafts::set_draft_status(id: String, status: cruce_core::DraftStatus) -> ();
    drafts::delete_draft(id: String) -> ();
    declaration::get_draft_views(id: String, revision: u32, window: cruce_core::views::LineWindow) -> cruce_app::declarations::DraftViews;
    history::get_history(id: String) -> Vec<cruce_core::RevisionInfo>;
    history::compare_revisions(id: String, from: u32, to: u32) -> Vec<cruce_core::declaration::FieldChange>;
    history::restore_revision(id: String, revision: u32, expected_revision: u32) -> cruce_app::drafts::CheckedDraft;
    database::backup_database(path: String) -> ();
    database::restore_database(path: String) -> ();
    preferences::get_preferences() -> cruce_app::preferences::Preferences;
    preferences::set_language(language: cruce_core::Language) -> ();
    preferences::set_author_name(name: String) -> ();
    preferences::set_area(area: String) -> ();
    schedules::list_schedules() -> Vec<cruce_app::schedules::ScheduleSummary>;
    schedules::import_schedule(kind: cruce_core::tariff::ScheduleKind, path: String, options: cruce_app::schedules::ImportOptions) -> cruce_app::schedules::ScheduleSummary;
    schedules::download_hts() -> cruce_app::schedules::ScheduleSummary;
    schedules::search_tariff(side: cruce_app::schedules::TariffSide, query: String, date: Option<String>) -> Vec<cruce_core::tariff::TariffHit>;
    traders::search_traders(query: cruce_app::traders::TraderQuery) -> cruce_core::trader::SearchPage;
    traders::get_trader(id: String) -> cruce_app::traders::TraderDetail;
    traders::save_trader(id: Option<String>, expected_revision: u32, record: cruce_core::trader::TraderRecord) -> traders::TraderSaveOutcome;
    traders::get_trader_history(id: String) -> Vec<cruce_app::traders::TraderRevisionInfo>;
    traders::add_evidence(path: String) -> cruce_core::trader::Evidence;
    traders::export_evidence(sha256: String, path: String) -> ();
    traders::preview_trader_import(path: String, kind: cruce_core::trader_entry::csv::ImportKind, carrier_id: String) -> traders::TraderPreviewOutcome;
    traders::import_traders(path: String, kind: cruce_core::trader_entry::csv::ImportKind, carrier_id: String, sha256: String, skip_rows_with_problems: bool) -> cruce_app::traders::TraderImportOutcome;
    traders::list_trader_alerts(within_days: u32) -> Vec<cruce_core::trader::alerts::Alert>;
    traders::list_trader_rules() -> Vec<cruce_core::trader::rules::DateRule>;
    traders::get_fast_eligibility(id: String, revision: u32) -> cruce_core::trader::eligibility::FastEligibility;
    crossings::get_board(filter: cruce_core::crossing::board::BoardFilter) -> cruce_app::crossings::Board;
    crossings::get_crossing(id: String) -> cruce_app::crossings::CrossingDetail;
    crossings::crossing_from_drafts(draft_ids: Vec<String>) -> crossings::CrossingDraftOutcome;
    crossings::create_crossing(crossing: cruce_core::crossing::record::Crossing) -> crossings::CrossingOutcome;
    crossings::save_crossing(id: String, expected_revision: u32, crossing: cruce_core::crossing::record::Crossing) -> crossings::CrossingOutcome;
    crossings::record_event(id: String, event: cruce_app::crossings::EventInput) -> crossings::CrossingOutcome;
    crossings::preview_event_import(path: String) -> crossings::EventsPreviewOutcome;
    crossings::import_events(path: String, sha256: String, skip_rows_with_problems: bool) -> cruce_app::crossings::EventsImportOutcome;
    crossings::get_clearance_figures(from: String, to: String) -> Vec<cruce_core::crossing::figures::FigureRow>;
    crossings::export_clearance_figures(from: String, to: String, language: cruce_core::Language, path: String) -> ();
    crossings::get_wait_times() -> cruce_app::wait_times::WaitTimes;
    crossings::refresh_wait_times() -> cruce_app::wait_times::WaitTimes;
    crossings::get_wait_history(port_number: String, hours: u32) -> Vec<cruce_app::wait_times::WaitPoint>;
    crossings::set_wait_times_url(url: String) -> ();
    screening::get_watchlists() -> cruce_app::screening::ListsOverview;
    screening::get_list_changes(version: u32) -> cruce_app::screening::ListChanges;
    screening::import_list(kind: cruce_core::screening::ListKind, paths: Vec<String>) -> screening::ListImportOutcome;
    screening::download_list(kind: cruce_core::screening::ListKind, url: Option<String>) -> screening::ListImportOutcome;
    screening::get_list_download() -> Option<screening::DownloadProgress>;
    screening::set_screening_thresholds(thresholds: cruce_core::screening::Thresholds) -> ();
    screening::screen_draft(id: String) -> cruce_app::screening::DraftScreening;
    screening::get_draft_screening(id: String) -> cruce_app::screening::DraftScreening;
    screening::screen_name(name: String, country: String, rfc: String) -> cruce_app::screening::NameResult;
    screening::screen_registry() -> cruce_app::screening::Rescreen;
    screening::get_review_queue() -> Vec<cruce_core::screening::review::ReviewItem>;
    screening::decide_hit(party_key: String, list: cruce_core::screening::ListKind, entry: String, outcome: cruce_core::screening::review::ReviewOutcome, reason: String) -> cruce_core::screening::review::Decision;
    screening::get_party_history(key: String) -> cruce_core::screening::review::PartyHistory;
}
