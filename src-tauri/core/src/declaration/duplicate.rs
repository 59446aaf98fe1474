//! Copying a declaration for the next shipment of the same goods between the same parties.

use super::Declaration;

impl Declaration {
    /// A copy under `reference` with what belongs to one shipment only cleared: the U.S. entry,
    /// ITN and pedimento numbers, the trip, shipment control number, seals and planned crossing,
    /// each invoice's CFDI folio and COVE, and the linked documents (a prior notice or a
    /// certificate covers one shipment). Parties, invoices, lines and a blanket USMCA
    /// certification carry over.
    pub fn duplicate(&self, reference: &str) -> Declaration {
        let mut copy = self.clone();
        copy.reference = reference.to_owned();
        copy.regime.us_entry_number.clear();
        copy.regime.pedimento_number.clear();
        copy.regime.us_export.itn.clear();
        copy.documents.clear();
        let t = &mut copy.transport;
        t.trip_number.clear();
        t.shipment_control_number.clear();
        t.seals.clear();
        t.estimated_arrival = None;
        for invoice in &mut copy.commercial.invoices {
            invoice.cfdi_uuid.clear();
            invoice.cove.clear();
        }
        copy
    }
}

#[cfg(test)]
mod tests {
    use crate::sample;

    #[test]
    fn a_duplicate_keeps_the_goods_and_parties_and_drops_one_shipments_numbers() {
        let original = sample::northbound_auto_parts();
        let copy = original.duplicate("LRD-2026-0500");
        assert_eq!(copy.reference, "LRD-2026-0500");
        assert_eq!((copy.parties.clone(), copy.lines.clone()), (original.parties.clone(), original.lines.clone()));
        assert!(copy.regime.us_entry_number.is_empty() && copy.regime.pedimento_number.is_empty());
        assert!(copy.transport.seals.is_empty() && copy.transport.estimated_arrival.is_none());
        assert!(copy.transport.trip_number.is_empty() && copy.transport.shipment_control_number.is_empty());
        assert!(copy.commercial.invoices.iter().all(|i| i.cfdi_uuid.is_empty() && i.cove.is_empty()));
        assert_eq!(copy.commercial.invoices.len(), original.commercial.invoices.len());
        assert_eq!(copy.usmca, original.usmca);
        assert!(!original.regime.us_entry_number.is_empty() || !original.transport.seals.is_empty(), "the sample had something to clear");
    }
}
