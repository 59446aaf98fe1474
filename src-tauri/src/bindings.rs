//! Generates `ui/src/lib/ipc/bindings.ts`: the TypeScript types of everything that crosses IPC and
//! one typed wrapper per command. The app-level test writes it and fails when the committed file
//! differs, so the UI can never drift from the Rust types.

use ts_rs::{Config, TS};

use crate::commands::app_info::AppInfo;
use crate::error::{ErrorCode, IpcError};

/// A command as the webview sees it.
pub struct CommandSignature {
    pub name: &'static str,
    /// Argument names (snake_case in Rust) with their TypeScript types.
    pub args: Vec<(&'static str, String)>,
    pub returns: String,
}

pub fn ts_config() -> Config {
    Config::new()
}

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| format!("{}\n", d.trim_end())).unwrap_or_default();
    format!("{docs}export {}", T::decl(cfg))
}

/// The complete text of `bindings.ts`.
pub fn typescript() -> String {
    use cruce_app::declarations::DraftViews;
    use cruce_app::drafts::{CheckedDraft, SavedRevision};
    use cruce_app::preferences::Preferences;
    use cruce_core::catalog::UsPort;
    use cruce_core::declaration as decl_types;
    use cruce_core::trader;
    use cruce_core::validate::{Finding, Severity};
    use cruce_core::views::{GovernmentView, LineWindow, ViewField, ViewSection};
    use cruce_core::{
        Direction, Draft, DraftPage, DraftQuery, DraftSort, DraftStatus, DraftSummary, HeaderInput, Language, PlannedCrossing, RevisionInfo,
    };

    let cfg = ts_config();
    let types = vec![
        decl::<Direction>(&cfg),
        decl::<PlannedCrossing>(&cfg),
        decl::<HeaderInput>(&cfg),
        decl::<Draft>(&cfg),
        decl::<CheckedDraft>(&cfg),
        decl::<SavedRevision>(&cfg),
        decl::<DraftSummary>(&cfg),
        decl::<DraftSort>(&cfg),
        decl::<DraftStatus>(&cfg),
        decl::<DraftQuery>(&cfg),
        decl::<DraftPage>(&cfg),
        decl::<UsPort>(&cfg),
        decl::<Language>(&cfg),
        decl::<Preferences>(&cfg),
        decl::<AppInfo>(&cfg),
        decl::<ErrorCode>(&cfg),
        decl::<IpcError>(&cfg),
        decl::<decl_types::Declaration>(&cfg),
        decl::<decl_types::Parties>(&cfg),
        decl::<decl_types::Party>(&cfg),
        decl::<decl_types::Address>(&cfg),
        decl::<decl_types::UsImporter>(&cfg),
        decl::<decl_types::MexicanParty>(&cfg),
        decl::<decl_types::Manufacturer>(&cfg),
        decl::<decl_types::UsBroker>(&cfg),
        decl::<decl_types::MexicanBroker>(&cfg),
        decl::<decl_types::Carrier>(&cfg),
        decl::<decl_types::Driver>(&cfg),
        decl::<decl_types::Transport>(&cfg),
        decl::<decl_types::Conveyance>(&cfg),
        decl::<decl_types::Commercial>(&cfg),
        decl::<decl_types::Invoice>(&cfg),
        decl::<decl_types::InvoiceCharges>(&cfg),
        decl::<decl_types::ExchangeRate>(&cfg),
        decl::<decl_types::Charges>(&cfg),
        decl::<decl_types::Regime>(&cfg),
        decl::<decl_types::UsExport>(&cfg),
        decl::<decl_types::UsmcaCertification>(&cfg),
        decl::<decl_types::Contact>(&cfg),
        decl::<decl_types::Line>(&cfg),
        decl::<decl_types::MetalOrigin>(&cfg),
        decl::<decl_types::LinkedDocument>(&cfg),
        decl::<Severity>(&cfg),
        decl::<Finding>(&cfg),
        decl::<ViewField>(&cfg),
        decl::<ViewSection>(&cfg),
        decl::<GovernmentView>(&cfg),
        decl::<LineWindow>(&cfg),
        decl::<DraftViews>(&cfg),
        decl::<RevisionInfo>(&cfg),
        decl::<decl_types::FieldChange>(&cfg),
        decl::<decl_types::RevisionNote>(&cfg),
        decl::<cruce_core::tariff::ScheduleKind>(&cfg),
        decl::<cruce_core::tariff::ScheduleInfo>(&cfg),
        decl::<cruce_core::tariff::TariffHit>(&cfg),
        decl::<cruce_app::schedules::ScheduleSummary>(&cfg),
        decl::<cruce_app::schedules::ImportOptions>(&cfg),
        decl::<cruce_app::schedules::TariffSide>(&cfg),
        decl::<decl_types::TrustedTrade>(&cfg),
        decl::<decl_types::RegistryLink>(&cfg),
        decl::<trader::TraderKind>(&cfg),
        decl::<trader::CompanyRole>(&cfg),
        decl::<trader::CompanyIds>(&cfg),
        decl::<trader::Company>(&cfg),
        decl::<trader::Program>(&cfg),
        decl::<trader::Tier>(&cfg),
        decl::<trader::StatusChangeKind>(&cfg),
        decl::<trader::StatusChange>(&cfg),
        decl::<trader::Evidence>(&cfg),
        decl::<trader::Membership>(&cfg),
        decl::<trader::FastCard>(&cfg),
        decl::<trader::Driver>(&cfg),
        decl::<trader::EquipmentKind>(&cfg),
        decl::<trader::Equipment>(&cfg),
        decl::<trader::TraderRecord>(&cfg),
        decl::<trader::Stored<trader::TraderRecord>>(&cfg),
        decl::<trader::SearchHit>(&cfg),
        decl::<trader::SearchPage>(&cfg),
        decl::<trader::state::Standing>(&cfg),
        decl::<trader::state::DueKind>(&cfg),
        decl::<trader::state::DueDate>(&cfg),
        decl::<trader::state::MembershipState>(&cfg),
        decl::<trader::state::CardState>(&cfg),
        decl::<trader::rules::Period>(&cfg),
        decl::<trader::rules::RuleKind>(&cfg),
        decl::<trader::rules::DateRule>(&cfg),
        decl::<trader::alerts::AlertKind>(&cfg),
        decl::<trader::alerts::Alert>(&cfg),
        decl::<trader::eligibility::FastLink>(&cfg),
        decl::<trader::eligibility::LinkOutcome>(&cfg),
        decl::<trader::eligibility::LinkCheck>(&cfg),
        decl::<trader::eligibility::FastEligibility>(&cfg),
        decl::<cruce_core::trader_entry::check::RecordProblem>(&cfg),
        decl::<cruce_core::trader_entry::csv::ImportKind>(&cfg),
        decl::<cruce_core::trader_entry::csv::PreviewRow>(&cfg),
        decl::<cruce_core::trader_entry::csv::ImportPreview>(&cfg),
        decl::<cruce_app::traders::TraderQuery>(&cfg),
        decl::<cruce_app::traders::TraderDetail>(&cfg),
        decl::<cruce_app::traders::TraderRevisionInfo>(&cfg),
        decl::<cruce_app::traders::TraderImportPreview>(&cfg),
        decl::<cruce_app::traders::TraderImportOutcome>(&cfg),
        decl::<crate::commands::traders::TraderSaveOutcome>(&cfg),
        decl::<crate::commands::traders::TraderPreviewOutcome>(&cfg),
        decl::<cruce_core::crossing::timeline::EventKind>(&cfg),
        decl::<cruce_core::crossing::timeline::Stage>(&cfg),
        decl::<cruce_core::crossing::timeline::Outcome>(&cfg),
        decl::<cruce_core::crossing::timeline::ExamKind>(&cfg),
        decl::<cruce_core::crossing::timeline::Event>(&cfg),
        decl::<cruce_core::crossing::timeline::Entry>(&cfg),
        decl::<cruce_core::crossing::timeline::DeadlineState>(&cfg),
        decl::<cruce_core::crossing::timeline::Deadline>(&cfg),
        decl::<cruce_core::crossing::timeline::Timeline>(&cfg),
        decl::<cruce_core::crossing::record::Unit>(&cfg),
        decl::<cruce_core::crossing::record::CrossingCarrier>(&cfg),
        decl::<cruce_core::crossing::record::CrossingDriver>(&cfg),
        decl::<cruce_core::crossing::record::Shipment>(&cfg),
        decl::<cruce_core::crossing::record::Crossing>(&cfg),
        decl::<cruce_core::crossing::record::StoredCrossing>(&cfg),
        decl::<cruce_core::crossing::record::CrossingProblem>(&cfg),
        decl::<cruce_core::crossing::board::BoardRow>(&cfg),
        decl::<cruce_core::crossing::board::BoardFilter>(&cfg),
        decl::<cruce_core::crossing::figures::Ending>(&cfg),
        decl::<cruce_core::crossing::figures::CrossingFacts>(&cfg),
        decl::<cruce_core::crossing::figures::BorderTimes>(&cfg),
        decl::<cruce_core::crossing::figures::FigureRow>(&cfg),
        decl::<cruce_core::crossing::events_csv::EventRow>(&cfg),
        decl::<cruce_core::crossing::events_csv::EventsPreview>(&cfg),
        decl::<cruce_core::crossing::wait_times::NoReading>(&cfg),
        decl::<cruce_core::crossing::wait_times::LaneReading>(&cfg),
        decl::<cruce_app::crossings::CrossingFast>(&cfg),
        decl::<cruce_app::crossings::BoardEntry>(&cfg),
        decl::<cruce_app::crossings::PortGroup>(&cfg),
        decl::<cruce_app::crossings::Board>(&cfg),
        decl::<cruce_app::crossings::CarriedDeclaration>(&cfg),
        decl::<cruce_app::crossings::CrossingDetail>(&cfg),
        decl::<cruce_app::crossings::EventInput>(&cfg),
        decl::<cruce_app::crossings::EventsImportPreview>(&cfg),
        decl::<cruce_app::crossings::EventsImportOutcome>(&cfg),
        decl::<cruce_app::wait_times::WaitNow>(&cfg),
        decl::<cruce_app::wait_times::FetchInfo>(&cfg),
        decl::<cruce_app::wait_times::WaitTimes>(&cfg),
        decl::<cruce_app::wait_times::WaitPoint>(&cfg),
        decl::<crate::commands::crossings::CrossingOutcome>(&cfg),
        decl::<crate::commands::crossings::CrossingDraftOutcome>(&cfg),
        decl::<crate::commands::crossings::EventsPreviewOutcome>(&cfg),
        decl::<cruce_core::screening::ListKind>(&cfg),
        decl::<cruce_core::screening::EntryType>(&cfg),
        decl::<cruce_core::screening::NameKind>(&cfg),
        decl::<cruce_core::screening::Thresholds>(&cfg),
        decl::<cruce_core::screening::ScreenedParty>(&cfg),
        decl::<cruce_core::screening::Hit>(&cfg),
        decl::<cruce_core::screening::index::Explanation>(&cfg),
        decl::<cruce_core::screening::index::HitEvidence>(&cfg),
        decl::<cruce_core::screening::index::HitEvidenceKind>(&cfg),
        decl::<cruce_core::screening::score::WordMatch>(&cfg),
        decl::<cruce_core::screening::score::WordHow>(&cfg),
        decl::<cruce_core::screening::review::ListVersion>(&cfg),
        decl::<cruce_core::screening::review::ListDiffCounts>(&cfg),
        decl::<cruce_core::screening::review::ReviewOutcome>(&cfg),
        decl::<cruce_core::screening::review::Decision>(&cfg),
        decl::<cruce_core::screening::review::ReviewItem>(&cfg),
        decl::<cruce_core::screening::review::ScreeningRun>(&cfg),
        decl::<cruce_core::screening::review::PartyHistory>(&cfg),
        decl::<cruce_app::screening::ListsOverview>(&cfg),
        decl::<cruce_app::screening::ListImport>(&cfg),
        decl::<cruce_app::screening::Rescreen>(&cfg),
        decl::<cruce_app::screening::ListChanges>(&cfg),
        decl::<cruce_app::screening::ChangedEntry>(&cfg),
        decl::<cruce_app::screening::PartyScreening>(&cfg),
        decl::<cruce_app::screening::DraftScreening>(&cfg),
        decl::<cruce_app::screening::NameResult>(&cfg),
        decl::<crate::commands::screening::ListImportOutcome>(&cfg),
        decl::<crate::commands::screening::DownloadProgress>(&cfg),
    ];

    let mut out = String::from(
        "// Generated from the Rust types and src-tauri/src/commands/mod.rs by the app test suite\n\
         // (tests/app/bindings.rs). Do not edit: the test regenerates it and fails while it differs.\n\n",
    );
    for t in types {
        out.push_str(&t);
        out.push_str("\n\n");
    }
    out.push_str(
        "/** Sends one command over IPC; supplied by index.ts, the only module that talks to Tauri. */\n\
         export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\n",
    );
    let codes: Vec<String> = ErrorCode::ALL.iter().map(|c| serde_json::to_string(c).expect("error codes serialize")).collect();
    out.push_str(&format!(
        "/** Every error code, in the order Rust declares them. */\nexport const ERROR_CODES: readonly ErrorCode[] = [\n  {},\n];\n\n",
        codes.join(",\n  ")
    ));
    let signatures = crate::commands::signatures();
    out.push_str("export const COMMAND_NAMES = [\n");
    for s in &signatures {
        out.push_str(&format!("  \"{}\",\n", s.name));
    }
    out.push_str("] as const;\n\n");
    out.push_str("/** One typed function per command. */\nexport function createCommands(invoke: Invoke) {\n  return {\n");
    for s in &signatures {
        let params: Vec<String> = s.args.iter().map(|(n, t)| format!("{}: {t}", camel(n))).collect();
        let payload = if s.args.is_empty() {
            String::new()
        } else {
            let keys: Vec<String> = s.args.iter().map(|(n, _)| camel(n)).collect();
            format!(", {{ {} }}", keys.join(", "))
        };
        out.push_str(&format!("    {}: ({}) => invoke<{}>(\"{}\"{payload}),\n", camel(s.name), params.join(", "), s.returns, s.name));
    }
    out.push_str("  };\n}\n\nexport type Commands = ReturnType<typeof createCommands>;\n");
    out
}

/// `update_draft_header` → `updateDraftHeader`; Tauri maps camelCase argument keys back to Rust's
/// snake_case parameters.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn camel_case_matches_tauris_argument_renaming() {
        assert_eq!(super::camel("update_draft_header"), "updateDraftHeader");
        assert_eq!(super::camel("id"), "id");
    }
}
