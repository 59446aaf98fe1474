//! The registry as one value: every record with indexes by id and by each government identifier,
//! and a search by name or any identifier. Built by the application layer from the store and
//! handed to the rules inside `Reference`.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::{Company, Driver, Equipment, Stored};

/// Which records a search covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TraderKind {
    Company,
    Driver,
    Equipment,
}

impl TraderKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Driver => "driver",
            Self::Equipment => "equipment",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Company, Self::Driver, Self::Equipment].into_iter().find(|k| k.code() == code)
    }
}

/// One search result: enough to show a row and pick it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: TraderKind,
    pub id: String,
    pub revision: u32,
    /// The company or driver name, or the equipment's unit number and plate.
    pub title: String,
    /// The identifiers, as one line ("SCAC ABCD · RFC …").
    pub detail: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    /// Matches in all, of which `hits` is the page asked for.
    pub total: u32,
}

/// A record's searchable text: its name and identifiers, folded (lower case, no accents), with
/// the identifiers also without separators so "ABC-123" finds "ABC123".
struct Entry {
    kind: TraderKind,
    index: usize,
    folded: String,
}

#[derive(Default)]
pub struct Registry {
    companies: Vec<Stored<Company>>,
    drivers: Vec<Stored<Driver>>,
    equipment: Vec<Stored<Equipment>>,
    by_id: HashMap<String, (TraderKind, usize)>,
    /// Identifier (upper case, no separators) → the one current (not archived) record holding it,
    /// one map per kind of identifier; `None` when several current records hold it, so a lookup
    /// never picks one of them arbitrarily.
    by_scac: HashMap<String, Option<usize>>,
    by_importer_number: HashMap<String, Option<usize>>,
    by_mid: HashMap<String, Option<usize>>,
    by_rfc: HashMap<String, Option<usize>>,
    by_passid: HashMap<String, Option<usize>>,
    /// Plate + state + country of current equipment → how many hold it.
    plates: HashMap<String, usize>,
    /// Sorted by title, so a page of any search comes out in name order without sorting.
    entries: Vec<Entry>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("companies", &self.companies.len())
            .field("drivers", &self.drivers.len())
            .field("equipment", &self.equipment.len())
            .finish()
    }
}

fn index(map: &mut HashMap<String, Option<usize>>, key: String, at: usize) {
    if key.is_empty() {
        return;
    }
    map.entry(key).and_modify(|held| *held = None).or_insert(Some(at));
}

/// A plate with its state and country, as plates are compared.
pub fn plate_key(plate: &str, state: &str, country: &str) -> String {
    format!("{}|{}|{}", id_key(plate), id_key(state), id_key(country))
}

/// Upper case without blanks or separators: how identifiers are compared.
pub fn id_key(raw: &str) -> String {
    raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

/// Lower case, accents and punctuation removed: how names are compared.
pub use crate::text::fold;

fn company_detail(c: &Company) -> String {
    let ids = &c.ids;
    let mut parts = Vec::new();
    for (label, v) in [
        ("SCAC", &ids.scac),
        ("RFC", &ids.rfc),
        ("IOR", &ids.importer_number),
        ("MID", &ids.mid),
        ("CAAT", &ids.caat),
        ("Filer", &ids.filer_code),
        ("Patente", &ids.patente),
    ] {
        if !v.trim().is_empty() {
            parts.push(format!("{label} {}", v.trim()));
        }
    }
    parts.join(" · ")
}

fn driver_detail(d: &Driver) -> String {
    let mut parts = Vec::new();
    if let Some(card) = d.fast_card.as_ref().filter(|c| !c.passid.trim().is_empty()) {
        parts.push(format!("FAST {}", card.passid.trim()));
    }
    if !d.ace_id.trim().is_empty() {
        parts.push(format!("ACE {}", d.ace_id.trim()));
    }
    if !d.licence_number.trim().is_empty() {
        parts.push(format!("Lic. {}", d.licence_number.trim()));
    }
    parts.join(" · ")
}

fn equipment_title(e: &Equipment) -> String {
    format!("{} {}", e.number.trim(), e.plate.trim()).trim().to_owned()
}

fn equipment_detail(e: &Equipment) -> String {
    let mut parts = Vec::new();
    if !e.plate.trim().is_empty() {
        parts.push(format!("{} {}-{}", e.plate.trim(), e.plate_state.trim(), e.plate_country.trim()));
    }
    if !e.vin.trim().is_empty() {
        parts.push(format!("VIN {}", e.vin.trim()));
    }
    if !e.transponder.trim().is_empty() {
        parts.push(e.transponder.trim().to_owned());
    }
    parts.join(" · ")
}

impl Registry {
    pub fn new(companies: Vec<Stored<Company>>, drivers: Vec<Stored<Driver>>, equipment: Vec<Stored<Equipment>>) -> Self {
        let mut r = Registry { companies, drivers, equipment, ..Default::default() };
        let mut entries = Vec::with_capacity(r.companies.len() + r.drivers.len() + r.equipment.len());
        for (i, c) in r.companies.iter().enumerate() {
            r.by_id.insert(c.id.clone(), (TraderKind::Company, i));
            let ids = &c.record.ids;
            if !c.record.archived {
                for (map, v) in [
                    (&mut r.by_scac, &ids.scac),
                    (&mut r.by_importer_number, &ids.importer_number),
                    (&mut r.by_mid, &ids.mid),
                    (&mut r.by_rfc, &ids.rfc),
                ] {
                    index(map, id_key(v), i);
                }
            }
            let folded = format!(
                "{} {} {}",
                fold(&c.record.name),
                fold(&company_detail(&c.record)),
                id_key(&company_detail(&c.record)).to_lowercase()
            );
            entries.push(Entry { kind: TraderKind::Company, index: i, folded });
        }
        for (i, d) in r.drivers.iter().enumerate() {
            r.by_id.insert(d.id.clone(), (TraderKind::Driver, i));
            if let Some(card) = d.record.fast_card.as_ref().filter(|_| !d.record.archived) {
                index(&mut r.by_passid, id_key(&card.passid), i);
            }
            let detail = driver_detail(&d.record);
            let keys = id_key(&detail).to_lowercase();
            entries.push(Entry {
                kind: TraderKind::Driver,
                index: i,
                folded: format!("{} {} {keys}", fold(&d.record.name), fold(&detail)),
            });
        }
        for (i, e) in r.equipment.iter().enumerate() {
            r.by_id.insert(e.id.clone(), (TraderKind::Equipment, i));
            if !e.record.archived && !e.record.plate.trim().is_empty() {
                *r.plates.entry(plate_key(&e.record.plate, &e.record.plate_state, &e.record.plate_country)).or_default() += 1;
            }
            let detail = equipment_detail(&e.record);
            let text = format!("{} {detail} {}", equipment_title(&e.record), id_key(&detail).to_lowercase());
            entries.push(Entry { kind: TraderKind::Equipment, index: i, folded: fold(&text) });
        }
        let mut titled: Vec<(String, Entry)> = entries.into_iter().map(|e| (fold(&r.title(e.kind, e.index)), e)).collect();
        titled.sort_by(|a, b| a.0.cmp(&b.0));
        r.entries = titled.into_iter().map(|(_, e)| e).collect();
        r
    }

    pub fn companies(&self) -> &[Stored<Company>] {
        &self.companies
    }

    pub fn drivers(&self) -> &[Stored<Driver>] {
        &self.drivers
    }

    pub fn equipment(&self) -> &[Stored<Equipment>] {
        &self.equipment
    }

    pub fn is_empty(&self) -> bool {
        self.companies.is_empty() && self.drivers.is_empty() && self.equipment.is_empty()
    }

    pub fn company(&self, id: &str) -> Option<&Stored<Company>> {
        match self.by_id.get(id) {
            Some((TraderKind::Company, i)) => self.companies.get(*i),
            _ => None,
        }
    }

    pub fn driver(&self, id: &str) -> Option<&Stored<Driver>> {
        match self.by_id.get(id) {
            Some((TraderKind::Driver, i)) => self.drivers.get(*i),
            _ => None,
        }
    }

    pub fn equipment_item(&self, id: &str) -> Option<&Stored<Equipment>> {
        match self.by_id.get(id) {
            Some((TraderKind::Equipment, i)) => self.equipment.get(*i),
            _ => None,
        }
    }

    /// The one current company with this SCAC (none when no current company, or several, hold it).
    pub fn company_by_scac(&self, scac: &str) -> Option<&Stored<Company>> {
        self.by_scac.get(&id_key(scac)).copied().flatten().map(|i| &self.companies[i])
    }

    pub fn company_by_importer_number(&self, number: &str) -> Option<&Stored<Company>> {
        self.by_importer_number.get(&id_key(number)).copied().flatten().map(|i| &self.companies[i])
    }

    pub fn company_by_mid(&self, mid: &str) -> Option<&Stored<Company>> {
        self.by_mid.get(&id_key(mid)).copied().flatten().map(|i| &self.companies[i])
    }

    pub fn company_by_rfc(&self, rfc: &str) -> Option<&Stored<Company>> {
        self.by_rfc.get(&id_key(rfc)).copied().flatten().map(|i| &self.companies[i])
    }

    /// The one current driver whose FAST card has this PASSID.
    pub fn driver_by_passid(&self, passid: &str) -> Option<&Stored<Driver>> {
        self.by_passid.get(&id_key(passid)).copied().flatten().map(|i| &self.drivers[i])
    }

    /// Whether a current driver (one or several) holds this PASSID.
    pub fn passid_held(&self, passid: &str) -> bool {
        self.by_passid.contains_key(&id_key(passid))
    }

    /// Whether current equipment holds this plate of this state and country.
    pub fn plate_held(&self, plate: &str, state: &str, country: &str) -> bool {
        self.plates.contains_key(&plate_key(plate, state, country))
    }

    fn title(&self, kind: TraderKind, i: usize) -> String {
        match kind {
            TraderKind::Company => self.companies[i].record.name.clone(),
            TraderKind::Driver => self.drivers[i].record.name.clone(),
            TraderKind::Equipment => equipment_title(&self.equipment[i].record),
        }
    }

    fn hit(&self, e: &Entry) -> SearchHit {
        let (id, revision, detail, archived) = match e.kind {
            TraderKind::Company => {
                let c = &self.companies[e.index];
                (c.id.clone(), c.revision, company_detail(&c.record), c.record.archived)
            }
            TraderKind::Driver => {
                let d = &self.drivers[e.index];
                (d.id.clone(), d.revision, driver_detail(&d.record), d.record.archived)
            }
            TraderKind::Equipment => {
                let q = &self.equipment[e.index];
                (q.id.clone(), q.revision, equipment_detail(&q.record), q.record.archived)
            }
        };
        SearchHit { kind: e.kind, id, revision, title: self.title(e.kind, e.index), detail, archived }
    }

    /// Records of `kind` (all kinds when `None`) whose name or identifiers contain every word of
    /// `query`, in name order; archived ones only when asked for. `offset`/`limit` page them.
    pub fn search(&self, query: &str, kind: Option<TraderKind>, include_archived: bool, offset: usize, limit: usize) -> SearchPage {
        self.search_role(query, kind, None, include_archived, offset, limit)
    }

    /// [`Registry::search`], limited to companies holding `role` when one is given (the carriers a
    /// driver can drive for).
    pub fn search_role(
        &self,
        query: &str,
        kind: Option<TraderKind>,
        role: Option<super::CompanyRole>,
        include_archived: bool,
        offset: usize,
        limit: usize,
    ) -> SearchPage {
        // A word matches as typed, or without its separators ("ABC-123" finds "ABC123").
        let words: Vec<(String, String)> = fold(query).split_whitespace().map(|w| (w.to_owned(), id_key(w).to_lowercase())).collect();
        let mut total = 0u32;
        let mut hits = Vec::new();
        for e in &self.entries {
            if kind.is_some_and(|k| k != e.kind) || (!include_archived && self.archived(e)) {
                continue;
            }
            if let Some(role) = role {
                if e.kind != TraderKind::Company || !self.companies[e.index].record.roles.contains(&role) {
                    continue;
                }
            }
            if words.iter().all(|(w, k)| e.folded.contains(w.as_str()) || (!k.is_empty() && k != w && e.folded.contains(k.as_str()))) {
                if total as usize >= offset && hits.len() < limit {
                    hits.push(self.hit(e));
                }
                total += 1;
            }
        }
        SearchPage { hits, total }
    }

    fn archived(&self, e: &Entry) -> bool {
        match e.kind {
            TraderKind::Company => self.companies[e.index].record.archived,
            TraderKind::Driver => self.drivers[e.index].record.archived,
            TraderKind::Equipment => self.equipment[e.index].record.archived,
        }
    }
}
