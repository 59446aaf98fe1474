//! Realistic, complete declarations for tests, benchmarks, golden files and the demo: a
//! northbound load of auto parts through Laredo / Nuevo Laredo and a southbound load of resin
//! through Otay Mesa / Tijuana. All identifiers pass their checks; every cross-check holds.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::crossing_time::PlannedCrossing;
use crate::declaration::Direction;
use crate::declaration::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid sample date")
}

fn addr(street: &str, city: &str, state: &str, postal_code: &str, country: &str) -> Address {
    Address { street: street.into(), city: city.into(), state: state.into(), postal_code: postal_code.into(), country: country.into() }
}

/// A line of brake pads, `value_usd` dollars, invoiced in USD on invoice "FAC-2026-1187".
pub fn brake_pads(value_usd: Decimal, pieces: Decimal) -> Line {
    Line {
        description: "Disc brake pads for passenger vehicles, ceramic".into(),
        hts: "8708.30.5020".into(),
        fraccion: "8708.30.99".into(),
        nico: "99".into(),
        us_quantity: Some(pieces),
        us_unit: "NO".into(),
        mx_quantity: Some(pieces),
        mx_unit: "06".into(),
        mx_tariff_quantity: Some(pieces),
        mx_tariff_unit: "06".into(),
        gross_kg: Some(pieces * dec!(0.85)),
        net_kg: Some(pieces * dec!(0.8)),
        packages: Some(1),
        package_kind: "CTN".into(),
        invoice_number: "FAC-2026-1187".into(),
        value: Some(value_usd),
        value_usd: Some(value_usd),
        country_of_origin: "MX".into(),
        origin_criterion: "B".into(),
        manufacturer_mid: String::new(),
    }
}

/// Northbound: Mexican definitive export (A1/EXD) and U.S. consumption entry (01) with USMCA.
pub fn northbound_auto_parts() -> Declaration {
    let mut d = Declaration::new("LRD-2026-0417", Direction::Northbound);
    d.parties = Parties {
        exporter: Party {
            name: "Autopartes del Norte S.A. de C.V.".into(),
            address: addr("Av. Industrial 1450", "Monterrey", "NL", "64000", "MX"),
        },
        us_importer: UsImporter {
            name: "Gulf Coast Brake Supply LLC".into(),
            address: addr("2200 Commerce St", "Houston", "TX", "77002", "US"),
            importer_number: "12-345678900".into(),
        },
        ultimate_consignee: Party {
            name: "Gulf Coast Brake Supply LLC".into(),
            address: addr("2200 Commerce St", "Houston", "TX", "77002", "US"),
        },
        mexican_party: MexicanParty {
            name: "Autopartes del Norte S.A. de C.V.".into(),
            address: addr("Av. Industrial 1450", "Monterrey", "NL", "64000", "MX"),
            rfc: "ANO930714KP2".into(),
            curp: String::new(),
        },
        manufacturer: Manufacturer {
            name: "Autopartes del Norte S.A. de C.V.".into(),
            address: addr("Av. Industrial 1450", "Monterrey", "NL", "64000", "MX"),
            mid: "MXAUTDEL1450MON".into(),
        },
        us_broker: UsBroker { name: "Rio Bravo Customs Brokerage".into(), filer_code: "B7Q".into() },
        mexican_broker: MexicanBroker { name: "Agencia Aduanal Garza".into(), patente: "3210".into() },
        carrier: Carrier {
            name: "Transportes Regiomontanos S.A. de C.V.".into(),
            address: addr("Carretera a Laredo km 12", "Escobedo", "NL", "66050", "MX"),
            scac: "TRNM".into(),
            caat: "3AB1".into(),
        },
        driver: Driver { name: "José Luis Ramírez Treviño".into(), fast_card: "42900012345".into(), ace_id: String::new() },
    };
    d.transport = Transport {
        us_port: "2304".into(),
        crossing: "230404".into(),
        aduana: "240".into(),
        truck: Conveyance {
            vin: "1M8GDM9AXKP042788".into(),
            number: "T-114".into(),
            plate: "AB1234C".into(),
            plate_state: "NL".into(),
            plate_country: "MX".into(),
        },
        trailers: vec![Conveyance {
            vin: String::new(),
            number: "TRNM5301".into(),
            plate: "53UT7K".into(),
            plate_state: "TX".into(),
            plate_country: "US".into(),
        }],
        seals: vec!["MX4471902".into()],
        trip_number: "TRNM20261201A".into(),
        shipment_control_number: "TRNM0012345678".into(),
        place_of_loading: "Monterrey, NL, MX".into(),
        estimated_arrival: Some(PlannedCrossing {
            local: date(2026, 12, 1).and_hms_opt(9, 30, 0).expect("time"),
            zone: "America/Chicago".into(),
        }),
    };
    d.commercial = Commercial {
        invoices: vec![Invoice {
            number: "FAC-2026-1187".into(),
            date: Some(date(2026, 11, 28)),
            currency: "USD".into(),
            incoterm: "FCA".into(),
            total: Some(dec!(48750.00)),
            usd_per_unit: None,
            cfdi_uuid: "5FB2822E-396D-4725-8521-CDC4BDD20CCF".into(),
            cove: "COVE247163T13".into(),
        }],
        exchange_rate: ExchangeRate { mxn_per_usd: Some(dec!(18.25430)), date: Some(date(2026, 11, 30)), source: "DOF FIX".into() },
        charges: Charges { freight_usd: Some(dec!(850.00)), insurance_usd: Some(dec!(120.00)), other_usd: None },
    };
    d.regime = Regime {
        us_entry_type: "01".into(),
        us_entry_number: "B7Q-0012345-0".into(),
        clave_pedimento: "A1".into(),
        regimen: "EXD".into(),
        pedimento_number: "26  24  3210  6000123".into(),
        usmca_claimed: true,
    };
    let certifier = Contact {
        name: "María Fernanda Garza".into(),
        title: "Gerente de Comercio Exterior".into(),
        address: addr("Av. Industrial 1450", "Monterrey", "NL", "64000", "MX"),
        phone: "+52 81 5555 0100".into(),
        email: "comercio.exterior@autopartesnorte.mx".into(),
    };
    d.usmca = Some(UsmcaCertification {
        certifier_role: "producer".into(),
        certifier: certifier.clone(),
        exporter: certifier.clone(),
        producer: certifier,
        importer: Contact {
            name: "Gulf Coast Brake Supply LLC".into(),
            address: addr("2200 Commerce St", "Houston", "TX", "77002", "US"),
            ..Contact::default()
        },
        blanket_from: Some(date(2026, 1, 1)),
        blanket_to: Some(date(2026, 12, 31)),
        signed_by: "María Fernanda Garza".into(),
        signed_on: Some(date(2025, 12, 15)),
    });
    let mut rotors = brake_pads(dec!(18750.00), dec!(750));
    rotors.description = "Brake rotors, cast iron, vented".into();
    rotors.gross_kg = Some(dec!(6900));
    rotors.net_kg = Some(dec!(6750));
    rotors.packages = Some(75);
    let mut calipers = brake_pads(dec!(12000.00), dec!(400));
    calipers.description = "Brake calipers, remanufactured".into();
    calipers.packages = Some(40);
    d.lines = vec![brake_pads(dec!(18000.00), dec!(6000)), rotors, calipers];
    d.lines[0].packages = Some(200);
    d
}

/// The northbound sample with `n` lines that still pass every check (for size tests and the
/// validation benchmark).
pub fn northbound_with_lines(n: usize) -> Declaration {
    let mut d = northbound_auto_parts();
    d.lines = (0..n).map(|i| brake_pads(Decimal::from(100 + (i % 50) as i64), Decimal::from(10 + (i % 7) as i64))).collect();
    d.commercial.invoices[0].total = Some(d.lines.iter().filter_map(|l| l.value).sum());
    d
}

/// Southbound: U.S. export, Mexican definitive import (A1/IMD) paid in pesos, through Otay Mesa.
pub fn southbound_resin() -> Declaration {
    let mut d = northbound_auto_parts();
    d.reference = "OTM-2026-0091".into();
    d.direction = Direction::Southbound;
    d.transport.us_port = "2506".into();
    d.transport.crossing = "250602".into();
    d.transport.aduana = "400".into();
    d.transport.place_of_loading = "Chula Vista, CA, US".into();
    d.transport.estimated_arrival =
        Some(PlannedCrossing { local: date(2026, 12, 3).and_hms_opt(7, 15, 0).expect("time"), zone: "America/Los_Angeles".into() });
    d.regime = Regime {
        us_entry_type: "01".into(),
        us_entry_number: String::new(),
        clave_pedimento: "A1".into(),
        regimen: "IMD".into(),
        pedimento_number: "26  40  3210  6000456".into(),
        usmca_claimed: false,
    };
    d.usmca = None;
    d.commercial.invoices[0] = Invoice {
        number: "INV-88120".into(),
        date: Some(date(2026, 12, 1)),
        currency: "MXN".into(),
        incoterm: "DAP".into(),
        total: Some(dec!(912715.00)),
        usd_per_unit: None,
        cfdi_uuid: String::new(),
        cove: "COVE2A7163T19".into(),
    };
    d.lines = vec![Line {
        description: "Polyethylene resin, high density, in pellets".into(),
        hts: "3901.20.5000".into(),
        fraccion: "3901.20.01".into(),
        nico: "00".into(),
        us_quantity: Some(dec!(20000)),
        us_unit: "KG".into(),
        mx_quantity: Some(dec!(20000)),
        mx_unit: "01".into(),
        mx_tariff_quantity: Some(dec!(20000)),
        mx_tariff_unit: "01".into(),
        gross_kg: Some(dec!(20400)),
        net_kg: Some(dec!(20000)),
        packages: Some(800),
        package_kind: "BAG".into(),
        invoice_number: "INV-88120".into(),
        value: Some(dec!(912715.00)),
        value_usd: Some(dec!(50000.00)),
        country_of_origin: "US".into(),
        origin_criterion: String::new(),
        manufacturer_mid: String::new(),
    }];
    d
}
