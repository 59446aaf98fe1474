//! Which requirements apply to a declaration: what each government does with this shipment.
//!
//! Northbound, the truck leaves Mexico and enters the United States: a Mexican export or return
//! pedimento, a U.S. entry and the inbound truck e-Manifest (19 CFR 123.92). Southbound it leaves
//! the United States and enters Mexico: the U.S. export's Electronic Export Information (15 CFR
//! Part 30; no inbound manifest) and a Mexican import pedimento, or a transit. The clave decides
//! a transit (Apéndice 2, "Tránsitos"), whichever way the truck goes.

use crate::catalog::{ClaveGroup, Operation};
use crate::declaration::{Declaration, Direction};
use crate::reference::Reference;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Flow {
    pub direction: Direction,
    /// What the pedimento declares (Anexo 22 campo 2).
    pub operation: Operation,
}

impl Flow {
    pub fn of(d: &Declaration, r: &Reference) -> Self {
        let transit = r.clave_pedimento(d.regime.clave_pedimento.trim()).is_some_and(|c| c.group == ClaveGroup::Transit);
        let operation = match (transit, d.direction) {
            (true, _) => Operation::Transit,
            (false, Direction::Northbound) => Operation::Export,
            (false, Direction::Southbound) => Operation::Import,
        };
        Self { direction: d.direction, operation }
    }

    /// CBP receives an import: an entry and the inbound truck e-Manifest.
    pub fn us_import(self) -> bool {
        self.direction == Direction::Northbound
    }

    /// The goods leave the United States: Electronic Export Information (or its exemption).
    pub fn us_export(self) -> bool {
        self.direction == Direction::Southbound
    }

    /// The goods enter Mexico under an import pedimento (not a transit).
    pub fn mx_import(self) -> bool {
        self.operation == Operation::Import
    }

    /// The goods leave Mexico under an export or return pedimento.
    pub fn mx_export(self) -> bool {
        self.operation == Operation::Export
    }
}
