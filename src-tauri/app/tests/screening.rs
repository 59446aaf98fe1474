//! Watchlist screening on real SQLite files with the real published lists: imports kept as
//! versions and refused whole, a declaration's parties screened and decided, a decision kept for
//! the entry as it was, the next day's list showing only what is new, decisions surviving a
//! restart, the audit chain intact, and downloads over 127.0.0.1 that fail in every way.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cruce_app::{Error, SystemClock, Workspace};
use cruce_core::sample;
use cruce_core::screening::lists::{read, ListFile};
use cruce_core::screening::review::ReviewOutcome;
use cruce_core::screening::ListKind;
use cruce_core::validate::Severity;

fn shared(rel: &str) -> PathBuf {
    std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join(rel)
}

fn open(dir: &Path) -> Workspace {
    Workspace::open(&dir.join("cruce.db"), Arc::new(SystemClock), "ana".into()).unwrap()
}

/// A 69-B taxpayer made definitive, and an SDNTK company of the 2024-05-02 SDN file.
fn listed() -> ((String, String), String) {
    let sat = std::fs::read(shared("sat-69b/Listado_Completo_69-B.csv")).unwrap();
    let sat = read(ListKind::Sat69b, &[ListFile { name: "69b", bytes: &sat }]).unwrap();
    let firm = sat.entries.iter().find(|e| e.status == "Definitivo" && e.id.len() == 12).unwrap();
    let sdn = std::fs::read(shared("ofac-sdn-gitscrape/sdn-2024-05-02.csv")).unwrap();
    let sdn = read(ListKind::OfacSdn, &[ListFile { name: "sdn", bytes: &sdn }]).unwrap();
    let company =
        sdn.entries.iter().find(|e| e.programs.iter().any(|p| p == "SDNTK") && e.primary_name().ends_with("S.A. DE C.V.")).unwrap();
    ((firm.id.clone(), firm.primary_name().to_owned()), company.primary_name().to_owned())
}

#[test]
fn screening_a_declaration_from_import_to_decision_and_the_next_days_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    assert!(matches!(ws.screen_name("Nadie", "", &[]), Err(Error::ScreeningNoLists)), "never against nothing");

    let sdn1 = ws.import_list_files(ListKind::OfacSdn, &[shared("ofac-sdn-gitscrape/sdn-2024-05-02.csv")]).unwrap();
    assert_eq!((sdn1.version.entries, sdn1.version.changes.added), (14_973, 14_973));
    assert_eq!(sdn1.version.sha256.len(), 64);
    ws.import_list_files(ListKind::Sat69b, &[shared("sat-69b/Listado_Completo_69-B.csv")]).unwrap();

    // A cut-off copy of the 69-B list is refused and the version in use stays.
    let cut = dir.path().join("cut.csv");
    let full = std::fs::read(shared("sat-69b/Listado_Completo_69-B.csv")).unwrap();
    std::fs::write(&cut, &full[..full.len() / 3]).unwrap();
    let before = ws.lists().unwrap().versions;
    match ws.import_list_files(ListKind::Sat69b, &[cut]) {
        Err(Error::List { error, .. }) => assert_eq!(error.code(), "list.truncated"),
        other => panic!("{other:?}"),
    }
    assert_eq!(ws.lists().unwrap().versions, before, "nothing half-written");

    // A declaration with the 69-B taxpayer's RFC under another name, and a near match by name.
    let ((rfc, firm), company) = listed();
    let mut d = sample::flows().into_iter().next().unwrap().1;
    d.parties.mexican_party.rfc = rfc.clone();
    d.parties.mexican_party.name = "Comercial Nueva del Norte".into();
    d.parties.exporter.name = company.replace("S.A. DE C.V.", "SA de CV").to_lowercase();
    let created = ws
        .create_draft(cruce_core::HeaderInput {
            reference: "WL-1".into(),
            direction: d.direction,
            port_of_entry: Some(d.transport.us_port.clone()),
            planned_crossing: None,
        })
        .unwrap();
    let id = created.draft.id.clone();
    ws.save_draft(&id, &d, created.draft.revision).unwrap();
    let screened = ws.screen_draft(&id).unwrap();
    let by_role = |role: &str| screened.parties.iter().find(|p| p.party.role == role).unwrap_or_else(|| panic!("{role}: {screened:#?}"));
    let mx = &by_role("mexicanParty").items[0];
    assert_eq!((mx.hit.list, mx.hit.entry.as_str(), mx.hit.score), (ListKind::Sat69b, rfc.as_str(), 1.0));
    assert!(mx.hit.explanation.evidence.iter().any(|e| e.en.contains(&rfc)), "{:?}", mx.hit.explanation);
    assert_eq!(mx.hit.primary_name, firm);
    let ex = &by_role("exporter").items[0];
    assert_eq!(ex.hit.list, ListKind::OfacSdn);
    assert!(ex.hit.explanation.words.len() >= 2);
    let queue = ws.review_queue().unwrap();
    assert_eq!(queue.len(), screened.parties.iter().map(|p| p.items.iter().filter(|i| !i.hit.cleared).count()).sum::<usize>());
    let findings = ws.open_draft(&id).unwrap().findings;
    assert!(findings.iter().any(|f| f.code == "screening.pending_review" && f.severity == Severity::Warning));

    // Decisions: a reason is required; a false positive leaves the queue; a true match blocks.
    assert!(matches!(
        ws.decide(&ex.party.key, ex.hit.list, &ex.hit.entry, ReviewOutcome::FalsePositive, "  "),
        Err(Error::Store(cruce_store::StoreError::ReasonRequired))
    ));
    ws.decide(
        &ex.party.key,
        ex.hit.list,
        &ex.hit.entry,
        ReviewOutcome::FalsePositive,
        "Different company: RFC and address in Monterrey, incorporated 2019",
    )
    .unwrap();
    ws.decide(&mx.party.key, mx.hit.list, &mx.hit.entry, ReviewOutcome::TrueMatch, "Same RFC; SAT lists it as definitive").unwrap();
    // The editor's panel asks for the screening again after a decision: its findings already
    // hold the blocking error, before any save or reopening.
    let again = ws.draft_screening(&id, 0).unwrap();
    assert!(again.findings.iter().any(|f| f.code == "screening.confirmed_match" && f.severity == Severity::Error), "{:?}", again.findings);
    assert!(!screened.findings.iter().any(|f| f.code == "screening.confirmed_match"));
    let findings = ws.open_draft(&id).unwrap().findings;
    let blocking: Vec<_> = findings.iter().filter(|f| f.code == "screening.confirmed_match").collect();
    assert_eq!(blocking.len(), 1);
    assert_eq!((blocking[0].severity, blocking[0].path.as_str()), (Severity::Error, "parties.mexicanParty.name"));
    assert!(blocking[0].message_es.contains("69-B") && blocking[0].message_en.contains(&rfc));
    let queued = ws.review_queue().unwrap().len();

    // The next day's SDN: 8 entries removed, nothing new for the review.
    let sdn2 = ws.import_list_files(ListKind::OfacSdn, &[shared("ofac-sdn-gitscrape/sdn-2024-05-03.csv")]).unwrap();
    assert_eq!((sdn2.version.changes.added, sdn2.version.changes.removed, sdn2.version.changes.changed), (0, 8, 0));
    assert_eq!(sdn2.rescreen.new_hits, 0, "{:?}", sdn2.rescreen);
    assert_eq!(ws.review_queue().unwrap().len(), queued);
    let changes = ws.list_changes(sdn2.version.id).unwrap();
    assert_eq!(changes.removed.len(), 8);
    assert!(changes.removed.iter().all(|e| !e.name.is_empty()));

    // A restart keeps every decision; the audit chain holds them.
    drop(ws);
    let ws = open(dir.path());
    let history = ws.party_history(&ex.party.key).unwrap();
    assert_eq!(history.decisions.len(), 1);
    assert_eq!(history.decisions[0].outcome, ReviewOutcome::FalsePositive);
    assert!(history.runs.len() >= 2);
    assert!(ws.open_draft(&id).unwrap().findings.iter().any(|f| f.code == "screening.confirmed_match"));
    let store = cruce_store::Store::open_existing(&dir.path().join("cruce.db")).unwrap();
    assert_eq!(store.verify_audit_log().unwrap().first_broken, None);
    let actions: Vec<String> = store.audit_entries(200).unwrap().into_iter().map(|e| e.action).collect();
    for a in ["list.imported", "screening.run", "screening.decided"] {
        assert!(actions.iter().any(|x| x == a), "{a}");
    }
}

#[test]
fn a_changed_entry_raises_a_decided_hit_again_and_a_batch_is_screened() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let own = dir.path().join("own.csv");
    std::fs::write(&own, "id,name,rfc,country,reason\nX1,Transportes Fantasma del Norte SA de CV,TFN010101AB1,MX,Fraude 2025\n").unwrap();
    ws.import_list_files(ListKind::Own, std::slice::from_ref(&own)).unwrap();
    let r = ws.screen_name("TRANSPORTES FANTASMA DEL NORTE, S. DE R.L. DE C.V.", "MX", &[]).unwrap();
    assert_eq!(r.hits[0].entry, "X1");
    let key = cruce_core::screening::party_key("TRANSPORTES FANTASMA DEL NORTE, S. DE R.L. DE C.V.", &[]);
    ws.decide(&key, ListKind::Own, "X1", ReviewOutcome::FalsePositive, "Another company of the same name in Sonora").unwrap();
    assert!(ws.review_queue().unwrap().is_empty());
    // The same entry again: nothing new. The entry changed (a new reason): raised again.
    let again = ws.import_list_files(ListKind::Own, std::slice::from_ref(&own)).unwrap();
    assert_eq!(again.rescreen.new_hits, 0);
    std::fs::write(&own, "id,name,rfc,country,reason\nX1,Transportes Fantasma del Norte SA de CV,TFN010101AB1,MX,Fraude 2026\n").unwrap();
    let changed = ws.import_list_files(ListKind::Own, &[own]).unwrap();
    assert_eq!((changed.version.changes.changed, changed.rescreen.new_hits), (1, 1));
    let queue = ws.review_queue().unwrap();
    assert_eq!(queue.len(), 1);
    assert!(queue[0].decision.is_some() && !queue[0].decided, "the old decision is shown, not applied");

    let batch = dir.path().join("batch.csv");
    std::fs::write(&batch, "id,name,rfc,country\nA,Transportes Fantasma del Norte,,MX\nB,Panadería La Espiga,,MX\nC,Otro,TFN010101AB1,\n")
        .unwrap();
    let lines = ws.screen_batch_file(&batch).unwrap();
    assert_eq!(lines.iter().map(|l| (l.id.as_str(), l.hits.len())).collect::<Vec<_>>(), vec![("A", 1), ("B", 0), ("C", 1)]);
    std::fs::write(&batch, "nombre_completo\nx\n").unwrap();
    assert!(matches!(ws.screen_batch_file(&batch), Err(Error::Batch { .. })));
}

/// Serves `answers` in turn on 127.0.0.1, one connection each; returns the address.
fn serve(answers: Vec<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for answer in answers {
            let (mut s, _) = listener.accept().unwrap();
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(&answer);
        }
    });
    format!("http://{addr}/list")
}

fn http(status: &str, length: usize, body: &[u8]) -> Vec<u8> {
    let mut v = format!("HTTP/1.1 {status}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n").into_bytes();
    v.extend_from_slice(body);
    v
}

#[tokio::test(flavor = "current_thread")]
async fn downloads_over_http_that_fail_in_every_way_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let client = cruce_remote::client(std::time::Duration::from_secs(2), std::time::Duration::from_secs(5));
    let dpl = std::fs::read(shared("ofac-watchman/bis-dpl/dpl-2022-09.txt")).unwrap();
    let url = serve(vec![
        http("200 OK", dpl.len(), &dpl),
        http("500 Internal Server Error", 0, b""),
        http("200 OK", dpl.len(), &dpl[..dpl.len() / 2]),
        http("200 OK", 0, b""),
        http("200 OK", 11, b"<html></ht>"),
    ]);
    let mut seen = Vec::new();
    let (name, bytes) =
        Workspace::download_list(&client, ListKind::BisDpl, Some(&url), |got, total| seen.push((got, total))).await.unwrap();
    assert_eq!(seen.last(), Some(&(dpl.len() as u64, Some(dpl.len() as u64))), "progress reaches the announced size");
    let imported = ws.import_list_bytes(ListKind::BisDpl, &[(name, bytes)], &url).unwrap();
    assert!(imported.version.entries > 400);
    assert!(matches!(
        Workspace::download_list(&client, ListKind::BisDpl, Some(&url), |_, _| {}).await,
        Err(Error::Download(cruce_remote::RemoteError::Status { status: 500, .. }))
    ));
    assert!(
        matches!(Workspace::download_list(&client, ListKind::BisDpl, Some(&url), |_, _| {}).await, Err(Error::Download(_))),
        "a body cut short"
    );
    assert!(
        matches!(Workspace::download_list(&client, ListKind::BisDpl, Some(&url), |_, _| {}).await, Err(Error::List { .. })),
        "an empty download"
    );
    let (name, bytes) = Workspace::download_list(&client, ListKind::BisDpl, Some(&url), |_, _| {}).await.unwrap();
    assert!(
        matches!(ws.import_list_bytes(ListKind::BisDpl, &[(name, bytes)], &url), Err(Error::List { .. })),
        "a page that is not the list"
    );
    assert_eq!(ws.lists().unwrap().versions.len(), 1);
    let refused = Workspace::download_list(&client, ListKind::Own, None, |_, _| {}).await;
    assert!(matches!(refused, Err(Error::ListNoPublisher { .. })));
}
