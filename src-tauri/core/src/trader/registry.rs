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
    /// Identifier (upper case, no separators) → company index, one map per kind of identifier.
    by_scac: HashMap<String, usize>,
    by_importer_number: HashMap<String, usize>,
    by_mid: HashMap<String, usize>,
    by_rfc: HashMap<String, usize>,
    by_passid: HashMap<String, usize>,
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

/// Upper case without blanks or separators: how identifiers are compared.
pub fn id_key(raw: &str) -> String {
    raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

/// Lower case, accents removed: how names are compared.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let base = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            'ñ' | 'Ñ' => 'n',
            'ç' | 'Ç' => 'c',
            c => c,
        };
        out.extend(base.to_lowercase());
    }
    out
}

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
            for (map, v) in [
                (&mut r.by_scac, &ids.scac),
                (&mut r.by_importer_number, &ids.importer_number),
                (&mut r.by_mid, &ids.mid),
                (&mut r.by_rfc, &ids.rfc),
            ] {
                let k = id_key(v);
                // An archived company never shadows a current one with the same identifier.
                if !k.is_empty() && (!c.record.archived || !map.contains_key(&k)) {
                    map.insert(k, i);
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
            if let Some(card) = &d.record.fast_card {
                let k = id_key(&card.passid);
                if !k.is_empty() && (!d.record.archived || !r.by_passid.contains_key(&k)) {
                    r.by_passid.insert(k, i);
                }
            }
            let detail = driver_detail(&d.record);
            entries.push(Entry { kind: TraderKind::Driver, index: i, folded: format!("{} {}", fold(&d.record.name), fold(&detail)) });
        }
        for (i, e) in r.equipment.iter().enumerate() {
            r.by_id.insert(e.id.clone(), (TraderKind::Equipment, i));
            let text = format!("{} {} {}", equipment_title(&e.record), equipment_detail(&e.record), id_key(&e.record.plate));
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

    pub fn company_by_scac(&self, scac: &str) -> Option<&Stored<Company>> {
        self.by_scac.get(&id_key(scac)).map(|i| &self.companies[*i])
    }

    pub fn company_by_importer_number(&self, number: &str) -> Option<&Stored<Company>> {
        self.by_importer_number.get(&id_key(number)).map(|i| &self.companies[*i])
    }

    pub fn company_by_mid(&self, mid: &str) -> Option<&Stored<Company>> {
        self.by_mid.get(&id_key(mid)).map(|i| &self.companies[*i])
    }

    pub fn company_by_rfc(&self, rfc: &str) -> Option<&Stored<Company>> {
        self.by_rfc.get(&id_key(rfc)).map(|i| &self.companies[*i])
    }

    pub fn driver_by_passid(&self, passid: &str) -> Option<&Stored<Driver>> {
        self.by_passid.get(&id_key(passid)).map(|i| &self.drivers[*i])
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
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        let mut total = 0u32;
        let mut hits = Vec::new();
        for e in &self.entries {
            if kind.is_some_and(|k| k != e.kind) || (!include_archived && self.archived(e)) {
                continue;
            }
            if words.iter().all(|w| e.folded.contains(w.as_str())) {
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
