//! One open database and what every use case needs besides it: the clock, who is at the keyboard
//! and the reference data the rules are checked against (catalogs, schedules, the registry).

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use cruce_core::demo::demo_declaration;
use cruce_core::reference::Reference;
use cruce_store::Store;

use crate::{Clock, Error};

pub struct Workspace {
    pub(crate) store: Store,
    clock: Arc<dyn Clock>,
    system_user: String,
    /// Built on first use: reading the schedules costs a few tenths of a second, which a command
    /// that needs no rules (a list, a backup) should not pay.
    reference: std::cell::OnceCell<Arc<Reference>>,
    /// A schedule was imported since opening: schedules read elsewhere before it are stale.
    pub(crate) imported_since_open: bool,
    /// The screening index over the lists in use, built on first use and after each import.
    pub(crate) screening_index: std::cell::OnceCell<Arc<cruce_core::screening::ScreeningIndex>>,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace").field("store", &self.store).field("system_user", &self.system_user).finish_non_exhaustive()
    }
}

impl Workspace {
    /// The app's start: opens the database at `path` (creating and migrating it on first use)
    /// and places the demo draft in a new one, once in its life.
    pub fn open(path: &Path, clock: Arc<dyn Clock>, system_user: String) -> Result<Self, Error> {
        let mut store = Store::open(path)?;
        if store.seed_demo_draft(&demo_declaration(), clock.now())? {
            tracing::info!("placed the demo draft in a new database");
        }
        Self::with_store(store, clock, system_user)
    }

    /// A new, empty database at `path` (no demo draft): the command line's `init`. An existing
    /// file is refused.
    pub fn create(path: &Path, clock: Arc<dyn Clock>, system_user: String) -> Result<Self, Error> {
        if path.exists() {
            return Err(Error::DatabaseExists { path: path.to_owned() });
        }
        Self::with_store(Store::open(path)?, clock, system_user)
    }

    /// An existing database only: a mistyped path is an error, never a new file (the command
    /// line). Nothing is seeded.
    pub fn open_existing(path: &Path, clock: Arc<dyn Clock>, system_user: String) -> Result<Self, Error> {
        Self::with_store(Store::open_existing(path)?, clock, system_user)
    }

    fn with_store(store: Store, clock: Arc<dyn Clock>, system_user: String) -> Result<Self, Error> {
        Ok(Self {
            store,
            clock,
            system_user,
            reference: std::cell::OnceCell::new(),
            imported_since_open: false,
            screening_index: std::cell::OnceCell::new(),
        })
    }

    /// The reference, if something has needed it yet.
    pub(crate) fn built_reference(&self) -> Option<&Arc<Reference>> {
        self.reference.get()
    }

    pub(crate) fn set_reference(&mut self, reference: Arc<Reference>) {
        self.reference = std::cell::OnceCell::from(reference);
    }

    /// Schedules read elsewhere (the shell reads them on another thread at start), used unless
    /// this workspace has read its own since, or a schedule was imported meanwhile. Returns
    /// whether they were taken.
    pub fn offer_schedules(&mut self, schedules: cruce_core::tariff::Schedules) -> bool {
        if self.imported_since_open || self.reference.get().is_some() {
            return false;
        }
        let registry = self.read_registry();
        let verdicts = self.read_verdicts();
        self.reference
            .set(Arc::new(Reference::builtin().with_schedules(schedules).with_registry(registry).with_screening(verdicts)))
            .is_ok()
    }

    /// The reference data every rule and view of this workspace uses: the built-in catalogs and
    /// the schedules the database holds, read on first use. Should the database fail to give
    /// them, the rules run on the built-in catalogs (formats only) and the log says why.
    pub fn reference(&self) -> &Arc<Reference> {
        self.reference.get_or_init(|| {
            let schedules = crate::schedules::load_schedules(&self.store).unwrap_or_else(|e| {
                tracing::error!(error = %crate::chain(&e), "cannot read the tariff schedules; checking formats only");
                cruce_core::tariff::Schedules::default()
            });
            Arc::new(
                Reference::builtin().with_schedules(schedules).with_registry(self.read_registry()).with_screening(self.read_verdicts()),
            )
        })
    }

    /// The screening review's verdicts from the store; should it fail, none (the log says why).
    pub(crate) fn read_verdicts(&self) -> Arc<cruce_core::screening::party::Verdicts> {
        Arc::new(self.store.verdicts().unwrap_or_else(|e| {
            tracing::error!(error = %crate::chain(&e), "cannot read the screening decisions");
            Default::default()
        }))
    }

    /// After a screening or a decision: the rules see the review as it is now.
    pub(crate) fn refresh_verdicts(&mut self) {
        if let Some(r) = self.reference.get() {
            let updated = Reference::clone(r).with_screening(self.read_verdicts());
            self.reference = std::cell::OnceCell::from(Arc::new(updated));
        }
    }

    /// The trusted-trader registry from the store; should it fail, an empty one (the rules then
    /// cannot confirm any link) and the log says why.
    fn read_registry(&self) -> Arc<cruce_core::trader::Registry> {
        Arc::new(crate::traders::load_registry(&self.store).unwrap_or_else(|e| {
            tracing::error!(error = %crate::chain(&e), "cannot read the trusted-trader registry");
            Default::default()
        }))
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The OS user, recorded when no name is set in preferences.
    pub fn system_user(&self) -> &str {
        &self.system_user
    }

    /// Who is recorded as author of what this workspace writes: the name set in preferences,
    /// else the OS user.
    pub fn author(&self) -> Result<String, Error> {
        Ok(self.store.author_name()?.unwrap_or_else(|| self.system_user.clone()))
    }

    /// The database file, for the app's "about" information.
    pub fn database_path(&self) -> Option<&Path> {
        self.store.path()
    }
}

/// The OS user name, or "unknown" where the environment does not say.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "unknown".to_owned())
}
