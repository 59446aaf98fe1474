//! What the shipment pays: U.S. duty and fees of the entry (`us.rs`), the Mexican cuadro de
//! liquidación (`mx.rs`), and the dated fee tables they use (`fees.rs`). Pure arithmetic over the
//! declaration and the reference data; the views show it in the forms' blocks and campos.

pub mod fees;
pub mod mx;
pub mod us;

pub use mx::{mx_liquidation, Contribution, Liquidation};
pub use us::{us_duties, LineDuty, NotComputed, UsDuties};
