//! One identifier checked by kind (`rfc`, `entry-number`, …), for the command line.

use cruce_core::ids::IdCheck;
use cruce_core::reference::Reference;

use crate::Error;

/// Checks `value` as an identifier of `kind` (one of `cruce_core::ids::KINDS`).
pub fn check_identifier(kind: &str, value: &str, reference: &Reference) -> Result<IdCheck, Error> {
    cruce_core::ids::check(kind, value, reference).ok_or_else(|| Error::UnknownIdentifierKind { kind: kind.to_owned() })
}
