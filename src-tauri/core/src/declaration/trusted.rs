//! The trusted-trader side of a declaration: whether the FAST lane is claimed, and which registry
//! records the parties, the driver and the truck were picked from (id and revision, so the
//! declaration keeps what the registry said on the day it was picked).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A registry record a declaration's party was picked from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct RegistryLink {
    pub id: String,
    /// The record's revision when it was picked; the fields copied into the declaration are that
    /// revision's.
    pub revision: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct TrustedTrade {
    /// The truck is to use the FAST lane at the U.S. port.
    pub fast_lane: bool,
    pub carrier: Option<RegistryLink>,
    pub importer: Option<RegistryLink>,
    pub manufacturer: Option<RegistryLink>,
    pub driver: Option<RegistryLink>,
    pub truck: Option<RegistryLink>,
}

impl TrustedTrade {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}
