//! The trusted-trader rules, table by table: every date rule with its source, FAST eligibility
//! link by link, the findings on a declaration, alerts, search and the CSV import.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use cruce_core::declaration::{Declaration, RegistryLink};
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::trader::alerts::{alerts, AlertKind};
use cruce_core::trader::eligibility::{crossing_day, FastLink, LinkOutcome};
use cruce_core::trader::rules::{Period, RuleKind, TraderRules, BUILTIN};
use cruce_core::trader::state::{fast_card_state, membership_state, mx_valid_to, DueKind, Standing};
use cruce_core::trader::*;
use cruce_core::trader_entry::csv::{preview, ImportError, ImportKind, MAX_IMPORT_BYTES};
use cruce_core::validate::fast_eligibility_of as fast_eligibility;
use cruce_core::validate::{validate, Severity};
use cruce_core::PlannedCrossing;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn membership(program: Program, rubro: &str, certified: &str) -> Membership {
    Membership {
        id: "m".into(),
        program,
        rubro: rubro.into(),
        tier: None,
        account: String::new(),
        certified_on: Some(day(certified)),
        validated_on: None,
        reviewed_on: None,
        expires_on: None,
        renewal_filed_on: None,
        status_changes: Vec::new(),
        evidence: Vec::new(),
        entered_by: String::new(),
        entered_at: None,
    }
}

#[test]
fn every_builtin_rule_names_its_source() {
    for r in BUILTIN {
        assert!(r.source.len() > 20, "{:?} names where it comes from", r.kind);
    }
}

#[test]
fn a_year_after_29_february_is_28_february() {
    // The earlier reading: Cruce never promises a day the program may not give.
    assert_eq!(Period::Years(1).after(day("2024-02-29")), day("2025-02-28"));
    assert_eq!(Period::Years(4).after(day("2024-02-29")), day("2028-02-29"));
    assert_eq!(Period::Years(1).before(day("2028-02-29")), day("2027-02-28"));
    assert_eq!(Period::Days(30).before(day("2025-03-01")), day("2025-01-30"));
}

/// (case, certified, validated, reviewed, today, due kind, due on, opens on) — 6 U.S.C. 965(a),
/// 6 U.S.C. 969, CTPAT annual review.
#[test]
fn ctpat_due_dates() {
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a str, DueKind, &'a str, Option<&'a str>);
    let cases: &[Case] = &[
        ("validation within a year of certification", "2025-05-10", None, None, "2025-06-01", DueKind::CtpatValidation, "2026-05-10", None),
        ("certified on a leap day", "2024-02-29", None, None, "2024-03-01", DueKind::CtpatValidation, "2025-02-28", None),
        (
            "revalidation 4 years after validation",
            "2019-01-10",
            Some("2020-03-02"),
            None,
            "2023-01-01",
            DueKind::CtpatRevalidation,
            "2024-03-02",
            None,
        ),
        (
            "annual review on the anniversary",
            "2022-07-15",
            Some("2023-01-10"),
            None,
            "2022-08-01",
            DueKind::CtpatAnnualReview,
            "2023-07-15",
            Some("2023-04-16"),
        ),
        (
            "a review inside the window covers that anniversary",
            "2022-07-15",
            Some("2023-01-10"),
            Some("2025-06-30"),
            "2025-07-01",
            DueKind::CtpatAnnualReview,
            "2026-07-15",
            Some("2026-04-16"),
        ),
        (
            "a review on the day the window opens covers it",
            "2022-07-15",
            Some("2023-01-10"),
            Some("2025-04-16"),
            "2025-05-01",
            DueKind::CtpatAnnualReview,
            "2026-07-15",
            Some("2026-04-16"),
        ),
        (
            "a review before the window opens does not",
            "2022-07-15",
            Some("2023-01-10"),
            Some("2025-04-15"),
            "2025-05-01",
            DueKind::CtpatAnnualReview,
            "2025-07-15",
            Some("2025-04-16"),
        ),
        (
            "a late review covers the missed anniversary only",
            "2022-07-15",
            Some("2023-01-10"),
            Some("2025-08-20"),
            "2025-08-21",
            DueKind::CtpatAnnualReview,
            "2026-07-15",
            Some("2026-04-16"),
        ),
        (
            "a review submitted on the anniversary covers that year",
            "2022-07-15",
            Some("2023-01-10"),
            Some("2025-07-15"),
            "2025-07-16",
            DueKind::CtpatAnnualReview,
            "2026-07-15",
            Some("2026-04-16"),
        ),
        (
            "leap-day anniversary",
            "2024-02-29",
            None,
            Some("2024-03-01"),
            "2024-03-02",
            DueKind::CtpatAnnualReview,
            "2025-02-28",
            Some("2024-11-30"),
        ),
    ];
    let rules = TraderRules::default();
    for (case, certified, validated, reviewed, today, kind, on, opens) in cases {
        let mut m = membership(Program::Ctpat, "importer", certified);
        m.validated_on = validated.map(day);
        m.reviewed_on = reviewed.map(day);
        let state = membership_state(&m, &rules, day(today));
        assert_eq!(state.standing, Standing::Active, "{case}");
        let due = state.due.iter().find(|d| d.kind == *kind).unwrap_or_else(|| panic!("{case}: {kind:?} is due: {:?}", state.due));
        assert_eq!(due.on, day(on), "{case}");
        assert_eq!(due.opens_on, opens.map(day), "{case}");
        assert!(!due.source.is_empty(), "{case}");
    }
}

#[test]
fn a_suspended_then_reinstated_membership_stands_by_the_change_in_force_each_day() {
    let rules = TraderRules::default();
    let mut m = membership(Program::Ctpat, "mexican-highway-carrier", "2021-04-01");
    m.status_changes = vec![
        StatusChange { kind: StatusChangeKind::Suspended, on: day("2026-03-10"), note: "seal finding".into() },
        StatusChange { kind: StatusChangeKind::Reinstated, on: day("2026-05-02"), note: "CAP accepted".into() },
    ];
    let on = |d| membership_state(&m, &rules, day(d)).standing;
    assert_eq!(on("2021-03-31"), Standing::NotYetValid);
    assert_eq!(on("2026-03-09"), Standing::Active);
    assert_eq!(on("2026-03-10"), Standing::Suspended, "from the day of the suspension");
    assert_eq!(on("2026-05-01"), Standing::Suspended);
    assert_eq!(on("2026-05-02"), Standing::Active, "from the day of the reinstatement");
    m.status_changes.push(StatusChange { kind: StatusChangeKind::Revoked, on: day("2026-09-01"), note: String::new() });
    assert_eq!(membership_state(&m, &rules, day("2026-10-01")).standing, Standing::Revoked);
    assert!(membership_state(&m, &rules, day("2026-10-01")).due.is_empty(), "nothing falls due on a revoked membership");
}

/// (case, rubro, authorised, expires as entered, renewal filed, last day) — RGCE 7.1.6, 7.2.3.
#[test]
fn mexican_terms_and_renewals() {
    type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a str);
    let cases: &[Case] = &[
        ("rubro A: 1 year", "A", "2024-04-01", None, None, "2025-03-31"),
        ("granted on a leap day: the year ends on 28 February", "A", "2024-02-29", None, None, "2025-02-28"),
        ("AA granted before the 2023 change: 2 years", "AA", "2023-01-15", None, None, "2025-01-14"),
        ("AAA granted before the 2023 change: 3 years", "AAA", "2022-06-01", None, None, "2025-05-31"),
        ("AA granted after the 2023 change: 1 year", "AA", "2024-01-15", None, None, "2025-01-14"),
        ("AAA granted on the day the change took effect", "AAA", "2023-10-31", None, None, "2024-10-30"),
        ("the resolution's date wins over the rule", "AA", "2024-01-15", Some("2025-02-28"), None, "2025-02-28"),
        ("a notice 20 days before expiry renews for the term now in force", "AAA", "2022-06-01", None, Some("2025-05-12"), "2026-05-31"),
        ("a notice on the last day renews", "A", "2024-04-01", None, Some("2025-03-31"), "2026-03-31"),
        ("a notice after expiry is not filed", "A", "2024-04-01", None, Some("2025-04-01"), "2025-03-31"),
        ("a notice 60 days early renews nothing", "A", "2024-04-01", None, Some("2025-01-30"), "2025-03-31"),
        // 30 business days before 2025-03-31 (CFF art. 12: weekends and 17 March, the third
        // Monday of March, do not count) is 2025-02-17: timely on that reading.
        (
            "a notice 42 calendar days early is timely on the business-day reading",
            "A",
            "2024-04-01",
            None,
            Some("2025-02-17"),
            "2026-03-31",
        ),
        ("one business day earlier is late on both readings", "A", "2024-04-01", None, Some("2025-02-14"), "2025-03-31"),
    ];
    let rules = TraderRules::default();
    for (case, rubro, from, expires, filed, last) in cases {
        let mut m = membership(Program::MxIvaIeps, rubro, from);
        m.expires_on = expires.map(day);
        m.renewal_filed_on = filed.map(day);
        assert_eq!(mx_valid_to(&m, &rules), Some(day(last)), "{case}");
        let after = day(last).succ_opt().unwrap();
        assert_eq!(membership_state(&m, &rules, day(last)).standing, Standing::Active, "{case}: in force on its last day");
        assert_eq!(membership_state(&m, &rules, after).standing, Standing::Expired, "{case}: expired the day after");
    }
}

#[test]
fn the_renewal_notice_is_due_on_the_last_day_and_asked_for_within_the_30_days_before() {
    let rules = TraderRules::default();
    let m = membership(Program::MxIvaIeps, "A", "2024-04-01");
    let state = membership_state(&m, &rules, day("2025-01-01"));
    let due = state.due.iter().find(|d| d.kind == DueKind::MxRenewalNotice).unwrap();
    assert_eq!(due.on, day("2025-03-31"));
    assert_eq!(due.opens_on, Some(day("2025-03-02")), "the 30 calendar days up to and including the last day");
    assert!(due.source.contains("7.2.3"));
}

#[test]
fn a_rule_set_passed_in_replaces_the_builtin_one() {
    let mut changed: Vec<_> = BUILTIN.to_vec();
    for r in changed.iter_mut().filter(|r| r.kind == RuleKind::FastRenewalWindow) {
        r.period = Period::Days(180);
    }
    let rules = TraderRules::new(changed);
    let card = FastCard { passid: "1".into(), expires_on: Some(day("2027-06-30")) };
    assert_eq!(fast_card_state(&card, &rules, day("2026-01-01")).due.unwrap().opens_on, Some(day("2027-01-01")), "180 days before 30 June");
    let builtin = fast_card_state(&card, &TraderRules::default(), day("2026-01-01"));
    assert_eq!(builtin.due.unwrap().opens_on, Some(day("2026-06-30")), "CBP: renewal up to one year before expiry");
}

fn at(local: &str, zone: &str) -> PlannedCrossing {
    PlannedCrossing::new(NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M").unwrap(), zone).unwrap()
}

fn with_registry(registry: Registry) -> Reference {
    Reference::builtin().with_registry(Arc::new(registry))
}

fn claimed() -> Declaration {
    let mut d = sample::northbound_auto_parts();
    d.trusted.fast_lane = true;
    d
}

/// (case, planned arrival, zone, the day at the port, card standing) — a card expiring on
/// 2027-06-30 is good through the end of that day at the port (Laredo, Central time).
#[test]
fn a_fast_card_is_good_through_the_end_of_its_expiry_day_at_the_port() {
    let cases: &[(&str, &str, &str, &str, Standing)] = &[
        ("the last minute of the day", "2027-06-30T23:59", "America/Chicago", "2027-06-30", Standing::Active),
        ("the first minute after", "2027-07-01T00:00", "America/Chicago", "2027-07-01", Standing::Expired),
        ("typed in UTC: already 1 July there, still 30 June in Laredo", "2027-07-01T04:30", "UTC", "2027-06-30", Standing::Active),
        ("typed in Pacific time: 23:30 is 01:30 in Laredo", "2027-06-30T23:30", "America/Los_Angeles", "2027-07-01", Standing::Expired),
    ];
    let r = with_registry(sample::trusted_registry());
    for (case, local, zone, port_day, standing) in cases {
        let mut d = claimed();
        d.transport.estimated_arrival = Some(at(local, zone));
        assert_eq!(crossing_day(&d, Some("America/Chicago")), Some(day(port_day)), "{case}");
        let e = fast_eligibility(&d, &r);
        let driver = e.links.iter().find(|l| l.link == FastLink::Driver).unwrap();
        let expected = if *standing == Standing::Active { LinkOutcome::Qualifies } else { LinkOutcome::Fails };
        assert_eq!(driver.outcome, expected, "{case}: {}", driver.message_en);
    }
}

#[test]
fn a_shipment_whose_every_link_is_certified_qualifies_and_validates_clean() {
    let r = with_registry(sample::trusted_registry());
    let d = claimed();
    let e = fast_eligibility(&d, &r);
    assert!(e.applies && e.claimed && e.qualifies, "{:#?}", e.links);
    assert_eq!(e.links.len(), 4);
    assert!(e.links.iter().all(|l| l.record_id.is_some()), "each link found by the identifier the declaration files");
    assert!(validate(&d, &r).is_empty(), "{:#?}", validate(&d, &r));
}

type Break = fn(&mut Declaration, &mut Vec<Stored<Company>>, &mut Vec<Stored<cruce_core::trader::Driver>>);

/// (case, change, finding code, path, severity)
#[test]
fn each_broken_link_is_a_finding_at_its_field() {
    let cases: &[(&str, Break, &str, &str, Severity)] = &[
        (
            "carrier suspended before the crossing",
            |_, c, _| {
                c[0].record.memberships[0].status_changes.push(StatusChange {
                    kind: StatusChangeKind::Suspended,
                    on: day("2026-11-20"),
                    note: String::new(),
                })
            },
            "fast.link_not_certified",
            "parties.carrier.scac",
            Severity::Error,
        ),
        (
            "importer not in the registry",
            |d, _, _| d.parties.us_importer.importer_number = "98-7654321".into(),
            "fast.link_unconfirmed",
            "parties.usImporter.importerNumber",
            Severity::Warning,
        ),
        (
            "manufacturer on file without any C-TPAT membership: unconfirmed, not failed",
            |_, c, _| c[2].record.memberships.clear(),
            "fast.link_unconfirmed",
            "parties.manufacturer.mid",
            Severity::Warning,
        ),
        (
            "manufacturer removed from C-TPAT",
            |_, c, _| {
                c[2].record.memberships[0].status_changes.push(StatusChange {
                    kind: StatusChangeKind::Revoked,
                    on: day("2026-06-01"),
                    note: String::new(),
                })
            },
            "fast.link_not_certified",
            "parties.manufacturer.mid",
            Severity::Error,
        ),
        (
            "a role written in capitals still matches (only the driver's card is unconfirmed)",
            |d, c, _| {
                c[2].record.memberships[0].rubro = "Mexican-Manufacturer".into();
                d.parties.driver.fast_card = "0".into();
            },
            "fast.link_unconfirmed",
            "parties.driver.fastCard",
            Severity::Warning,
        ),
        (
            "manufacturer's membership is for another role",
            |_, c, _| c[2].record.memberships[0].rubro = "exporter".into(),
            "fast.link_not_certified",
            "parties.manufacturer.mid",
            Severity::Error,
        ),
        (
            "card expires the day before the crossing",
            |_, _, dr| dr[0].record.fast_card.as_mut().unwrap().expires_on = Some(day("2026-11-30")),
            "fast.card_not_valid",
            "parties.driver.fastCard",
            Severity::Error,
        ),
        (
            "the picked driver holds no FAST card, on file or filed",
            |d, _, dr| {
                d.trusted.driver = Some(RegistryLink { id: "d-jose".into(), revision: 1 });
                d.parties.driver.fast_card.clear();
                dr[0].record.fast_card = None;
            },
            "fast.card_not_valid",
            "parties.driver.fastCard",
            Severity::Error,
        ),
        (
            "a FAST card the registry does not hold",
            |_, _, dr| dr.clear(),
            "fast.link_unconfirmed",
            "parties.driver.fastCard",
            Severity::Warning,
        ),
        (
            "the picked driver's card is filed but not on file",
            |d, _, dr| {
                d.trusted.driver = Some(RegistryLink { id: "d-jose".into(), revision: 1 });
                dr[0].record.fast_card = None;
            },
            "fast.link_unconfirmed",
            "parties.driver.fastCard",
            Severity::Warning,
        ),
        (
            "the carrier's SCAC is held by an archived company only",
            |_, c, _| c[0].record.archived = true,
            "fast.link_unconfirmed",
            "parties.carrier.scac",
            Severity::Warning,
        ),
        (
            "two current companies hold the SCAC: neither is guessed",
            |_, c, _| {
                let mut twin = c[0].clone();
                twin.id = "c-twin".into();
                twin.record.memberships.clear();
                c.push(twin);
            },
            "fast.link_unconfirmed",
            "parties.carrier.scac",
            Severity::Warning,
        ),
        (
            "the picked carrier files another SCAC",
            |d, _, _| {
                d.trusted.carrier = Some(RegistryLink { id: "c-carrier".into(), revision: 1 });
                d.parties.carrier.scac = "TRNX".into();
            },
            "registry.id_mismatch",
            "parties.carrier.scac",
            Severity::Error,
        ),
        (
            "the picked driver files another card",
            |d, _, _| {
                d.trusted.driver = Some(RegistryLink { id: "d-jose".into(), revision: 1 });
                d.parties.driver.fast_card = "42900099999".into();
            },
            "registry.id_mismatch",
            "parties.driver.fastCard",
            Severity::Error,
        ),
        (
            "picked from a record this database lacks",
            |d, _, _| d.trusted.importer = Some(RegistryLink { id: "elsewhere".into(), revision: 3 }),
            "registry.link_unknown",
            "parties.usImporter.importerNumber",
            Severity::Warning,
        ),
        (
            "FAST claimed southbound",
            |d, _, _| d.direction = cruce_core::Direction::Southbound,
            "fast.not_us_entry",
            "trusted.fastLane",
            Severity::Warning,
        ),
    ];
    let base = sample::trusted_registry();
    for (case, change, code, path, severity) in cases {
        let mut d = claimed();
        let mut companies = base.companies().to_vec();
        let mut drivers = base.drivers().to_vec();
        change(&mut d, &mut companies, &mut drivers);
        let r = with_registry(Registry::new(companies, drivers, Vec::new()));
        let findings = validate(&d, &r);
        assert!(
            findings.iter().any(|f| f.code == *code && f.path == *path && f.severity == *severity),
            "{case}: expected {code} at {path}, got {:#?}",
            findings.iter().map(|f| format!("{} {} {}", f.code, f.path, f.message_en)).collect::<Vec<_>>()
        );
        for f in findings.iter().filter(|f| f.code == *code) {
            assert!(!f.source.is_empty() && !f.message_es.is_empty(), "{case}: a source and a Spanish message");
        }
    }
}

#[test]
fn a_mismatched_identifier_blocks_only_when_fast_is_claimed() {
    let r = with_registry(sample::trusted_registry());
    let mut d = sample::northbound_auto_parts();
    d.trusted.carrier = Some(RegistryLink { id: "c-carrier".into(), revision: 1 });
    d.parties.carrier.scac = "TRNX".into();
    let f = validate(&d, &r);
    assert!(f.iter().any(|x| x.code == "registry.id_mismatch" && x.severity == Severity::Warning), "{f:#?}");
    d.trusted.fast_lane = true;
    let f = validate(&d, &r);
    assert!(f.iter().any(|x| x.code == "registry.id_mismatch" && x.severity == Severity::Error), "{f:#?}");
}

#[test]
fn mexican_business_days_skip_the_days_cff_article_12_names() {
    use cruce_core::trader::state::mx_non_business_day;
    for (d, off) in [
        ("2025-01-01", true),
        ("2025-02-03", true), // first Monday of February
        ("2025-03-17", true), // third Monday of March
        ("2025-05-05", true),
        ("2025-09-16", true),
        ("2025-11-17", true), // third Monday of November
        ("2025-12-25", true),
        ("2024-10-01", true), // the executive changes hands
        ("2025-03-15", true), // a Saturday
        ("2025-03-18", false),
        ("2025-02-10", false),
        ("2025-10-01", false),
    ] {
        assert_eq!(mx_non_business_day(day(d)), off, "{d}");
    }
}

#[test]
fn without_a_fast_claim_eligibility_is_shown_but_nothing_is_flagged() {
    let mut registry_companies = sample::trusted_registry().companies().to_vec();
    registry_companies[0].record.memberships[0].status_changes.push(StatusChange {
        kind: StatusChangeKind::Suspended,
        on: day("2026-10-01"),
        note: String::new(),
    });
    let r = with_registry(Registry::new(registry_companies, sample::trusted_registry().drivers().to_vec(), Vec::new()));
    let d = sample::northbound_auto_parts();
    let e = fast_eligibility(&d, &r);
    assert!(!e.qualifies && !e.claimed);
    assert_eq!(e.links[0].outcome, LinkOutcome::Fails);
    assert!(validate(&d, &r).is_empty(), "a truck in the standard lane needs no C-TPAT");
}

#[test]
fn an_empty_registry_leaves_a_declaration_without_fast_untouched() {
    let d = sample::northbound_auto_parts();
    assert!(validate(&d, &Reference::builtin()).is_empty());
    let e = fast_eligibility(&claimed(), &Reference::builtin());
    assert!(e.links.iter().all(|l| l.outcome == LinkOutcome::Unknown));
}

#[test]
fn alerts_band_what_falls_due_and_name_the_action() {
    let base = sample::trusted_registry();
    let mut drivers = base.drivers().to_vec();
    drivers[0].record.fast_card.as_mut().unwrap().expires_on = Some(day("2026-12-21"));
    let registry = Registry::new(base.companies().to_vec(), drivers, Vec::new());
    let list = alerts(&registry, &TraderRules::default(), day("2026-12-01"), 30);
    let card = list.iter().find(|a| a.kind == AlertKind::Due(DueKind::FastCardExpiry)).expect("the card expiring in 20 days");
    assert_eq!((card.days_left, card.band), (20, 30));
    assert!(card.action_en.contains("renew") && card.action_es.contains("renovar"));
    assert!(list.iter().all(|a| a.days_left <= 30), "only what falls within 30 days");
    let later = alerts(&registry, &TraderRules::default(), day("2026-12-22"), 30);
    let expired = later.iter().find(|a| a.subject_id == "d-jose" && a.kind == AlertKind::Expired).expect("expired card");
    assert_eq!((expired.days_left, expired.band), (-1, 0));
}

#[test]
fn search_finds_records_by_name_without_accents_and_by_identifier_without_separators() {
    let r = sample::trusted_registry();
    let page = r.search("jose ramirez", None, false, 0, 10);
    assert_eq!(page.total, 1);
    assert_eq!(page.hits[0].kind, TraderKind::Driver);
    assert_eq!(r.search("12345678900", Some(TraderKind::Company), false, 0, 10).hits[0].id, "c-importer");
    assert_eq!(r.search("trnm", None, false, 0, 10).hits[0].id, "c-carrier");
    assert_eq!(r.search("monterrey", Some(TraderKind::Company), false, 0, 10).total, 2);
    let names: Vec<_> = r.search("", Some(TraderKind::Company), false, 0, 10).hits.into_iter().map(|h| h.title).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "name order");
    assert_eq!(r.search("", None, false, 1, 2).hits.len(), 2, "a page");
    assert_eq!(r.search("nobody at all", None, false, 0, 10).total, 0);
    assert_eq!(r.search("12-3456789-00", None, false, 0, 10).total, 1, "separators typed in the query are ignored too");
    assert_eq!(r.search("429-000-12345", Some(TraderKind::Driver), false, 0, 10).total, 1, "a PASSID with dashes");
}

#[test]
fn the_record_check_names_each_problem() {
    let r = Reference::builtin();
    let mut c = Company { name: " ".into(), ..Company::default() };
    c.ids.scac = "T1".into();
    c.ids.rfc = "XYZ".into();
    let mut m = membership(Program::MxIvaIeps, "B", "2024-01-01");
    m.tier = Some(Tier::II);
    m.expires_on = Some(day("2023-12-31"));
    m.status_changes.push(StatusChange { kind: StatusChangeKind::Reinstated, on: day("2024-05-01"), note: String::new() });
    c.memberships.push(m);
    let problems = cruce_core::trader_entry::check::check_record(&TraderRecord::Company(c), &r);
    let got: Vec<(&str, &str)> = problems.iter().map(|p| (p.path.as_str(), p.code.as_str())).collect();
    for expected in [
        ("name", "required"),
        ("roles", "required"),
        ("memberships[0].rubro", "membership.rubro"),
        ("memberships[0].expiresOn", "membership.date_order"),
        ("memberships[0].validatedOn", "membership.tier_needs_validation"),
        ("memberships[0].tier", "membership.tier_program"),
        ("memberships[0].statusChanges[0].kind", "membership.reinstated_not_suspended"),
    ] {
        assert!(got.contains(&expected), "{expected:?} in {got:?}");
    }
    assert!(got.iter().any(|(p, c)| *p == "ids.scac" && c.starts_with("scac.")), "{got:?}");
    assert!(got.iter().any(|(p, c)| *p == "ids.rfc" && c.starts_with("rfc.")), "{got:?}");
}

const DRIVERS: &str = "name,nationality,passid,fast_expires,licence,licence_expires,radio\n\
José Pérez,MX,429000111,2027-05-31,NL-1,2028-01-01,ch 9\n\
Ana Gómez,MX,,,NL-2,,\n";

#[test]
fn a_drivers_file_previews_every_row() {
    let p = preview(DRIVERS.as_bytes(), ImportKind::Drivers, "c-carrier", &Registry::default(), &Reference::builtin()).unwrap();
    assert_eq!(p.rows.len(), 2);
    assert_eq!(p.accepted(), 2, "{:#?}", p.rows);
    assert_eq!(p.ignored_columns, vec!["radio".to_owned()]);
    let TraderRecord::Driver(d) = &p.rows[0].record else { panic!("a driver") };
    assert_eq!(d.fast_card.as_ref().unwrap().expires_on, Some(day("2027-05-31")));
    assert_eq!(d.carrier_id, "c-carrier");
    assert_eq!(p.rows[0].line, 2);
}

#[test]
fn spanish_headers_are_read() {
    let file = "Nombre,Nacionalidad,Tarjeta FAST,Vencimiento FAST\nLuis Treviño,MX,429000222,2027-01-31\n";
    let p = preview(file.as_bytes(), ImportKind::Drivers, "c", &Registry::default(), &Reference::builtin()).unwrap();
    assert_eq!(p.accepted(), 1, "{:#?}", p.rows);
}

/// (case, file, row problem codes of line 2)
#[test]
fn row_problems_are_specific() {
    let cases: &[(&str, &str, ImportKind, &[&str])] = &[
        (
            "a date written the U.S. way",
            "name,passid,fast_expires\nA,429000111,05/31/2027\n",
            ImportKind::Drivers,
            &["date.format", "required"],
        ),
        ("a PASSID with letters", "name,passid,fast_expires\nA,42900X,2027-05-31\n", ImportKind::Drivers, &["fast.passid"]),
        ("no name", "name,passid,fast_expires\n,429000111,2027-05-31\n", ImportKind::Drivers, &["required"]),
        ("an unknown nationality", "name,nationality\nA,ZZ\n", ImportKind::Drivers, &["country.unknown"]),
        ("equipment of no known kind", "kind,plate\nbicycle,ABC123\n", ImportKind::Equipment, &["import.equipment_kind"]),
        (
            "a VIN with a letter VINs never use",
            "kind,plate,vin\ntrailer,ABC123,1UYVS2538OU123456\n",
            ImportKind::Equipment,
            &["vin.format"],
        ),
    ];
    for (case, file, kind, codes) in cases {
        let p = preview(file.as_bytes(), *kind, "c", &Registry::default(), &Reference::builtin()).unwrap();
        let got: Vec<&str> = p.rows[0].problems.iter().map(|x| x.code.as_str()).collect();
        for code in *codes {
            assert!(got.iter().any(|g| g.starts_with(code)), "{case}: {code} in {got:?}");
        }
        assert!(p.rows[0].problems.iter().all(|x| !x.message_es.is_empty()), "{case}");
    }
}

#[test]
fn duplicate_passids_are_caught_in_the_file_and_against_the_registry() {
    let file = "name,passid,fast_expires\nA,429000111,2027-05-31\nB,429-000-111,2027-05-31\nC,42900012345,2027-05-31\n";
    let p = preview(file.as_bytes(), ImportKind::Drivers, "c", &sample::trusted_registry(), &Reference::builtin()).unwrap();
    assert!(p.rows[0].problems.is_empty());
    assert_eq!(p.rows[1].problems[0].code, "import.duplicate_passid");
    assert!(p.rows[1].problems[0].message_en.contains("line 2"));
    assert_eq!(p.rows[2].problems[0].code, "import.passid_in_registry");
    assert!(p.rows[2].problems[0].message_en.contains("José Luis"));
}

#[test]
fn a_file_excel_saved_as_windows_1252_is_read_as_such() {
    let p = preview(
        b"name,nationality\nJos\xe9 Mu\xf1oz \x96 patio,MX\n",
        ImportKind::Drivers,
        "c",
        &Registry::default(),
        &Reference::builtin(),
    )
    .unwrap();
    assert_eq!(p.encoding, "Windows-1252");
    let TraderRecord::Driver(d) = &p.rows[0].record else { panic!() };
    assert_eq!(d.name, "José Muñoz – patio");
    let utf8 = preview("name\nJosé\n".as_bytes(), ImportKind::Drivers, "c", &Registry::default(), &Reference::builtin()).unwrap();
    assert_eq!(utf8.encoding, "UTF-8");
}

#[test]
fn plates_already_in_the_registry_are_caught() {
    let base = sample::trusted_registry();
    let unit = Stored {
        id: "e1".into(),
        revision: 1,
        updated_at: base.companies()[0].updated_at,
        updated_by: "x".into(),
        record: Equipment {
            plate: "AB-12-345".into(),
            plate_state: "NLE".into(),
            plate_country: "MX".into(),
            carrier_id: "c-carrier".into(),
            ..Equipment::default()
        },
    };
    let registry = Registry::new(base.companies().to_vec(), Vec::new(), vec![unit]);
    let file = "kind,plate,plate_state,plate_country\ntrailer,AB12345,NLE,MX\ntrailer,AB12345,TAM,MX\n";
    let p = preview(file.as_bytes(), ImportKind::Equipment, "c-carrier", &registry, &Reference::builtin()).unwrap();
    assert_eq!(p.rows[0].problems[0].code, "import.plate_in_registry");
    assert!(p.rows[1].problems.is_empty(), "the same plate of another state is another plate");
}

#[test]
fn files_that_cannot_be_read_are_refused_whole() {
    let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
    let cases: Vec<(&str, Vec<u8>, ImportKind, ImportError)> = vec![
        ("too large", big, ImportKind::Drivers, ImportError::TooLarge { size: MAX_IMPORT_BYTES + 1, max: MAX_IMPORT_BYTES }),
        ("a NUL byte: not text", b"name\nJo\x00se\n".to_vec(), ImportKind::Drivers, ImportError::NotText { at: 7 }),
        ("empty", b"  \n".to_vec(), ImportKind::Drivers, ImportError::Empty),
        (
            "no name column",
            b"nombre_completo,passid\nA,1\n".to_vec(),
            ImportKind::Drivers,
            ImportError::MissingColumn { column: "name".into() },
        ),
        (
            "equipment without plates",
            b"kind,vin\ntrailer,1\n".to_vec(),
            ImportKind::Equipment,
            ImportError::MissingColumn { column: "plate".into() },
        ),
        ("a column twice", b"name,nombre\nA,B\n".to_vec(), ImportKind::Drivers, ImportError::DuplicateColumn { column: "nombre".into() }),
        (
            "a row with more fields",
            b"name,passid\nA,1,extra\n".to_vec(),
            ImportKind::Drivers,
            ImportError::Syntax { line: 2, message: "3 fields where the header has 2".into() },
        ),
        ("a header only", b"name,passid\n".to_vec(), ImportKind::Drivers, ImportError::NoRows),
    ];
    for (case, bytes, kind, expected) in cases {
        let err = preview(&bytes, kind, "c", &Registry::default(), &Reference::builtin()).unwrap_err();
        assert_eq!(err, expected, "{case}");
        assert!(!err.spanish().is_empty());
    }
}
