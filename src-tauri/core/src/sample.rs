//! Realistic, complete declarations for tests, benchmarks, golden files and the demo, one for each
//! common flow across the border (see [`flows`]). All identifiers pass their checks; every
//! cross-check holds; none has a finding.

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

/// A line of disc brake pads (HTS 8708.30.5040 mounted brake linings; fracción 8708.30.99 NICO 01,
/// disc brake mechanisms and their parts), `value_usd` dollars, invoiced in USD on invoice
/// "FAC-2026-1187".
pub fn brake_pads(value_usd: Decimal, pieces: Decimal) -> Line {
    Line {
        description: "Disc brake pads for passenger vehicles, ceramic".into(),
        hts: "8708.30.5040".into(),
        fraccion: "8708.30.99".into(),
        nico: "01".into(),
        us_quantity: Some(pieces),
        us_unit: "NO".into(),
        us_quantity2: None,
        us_unit2: String::new(),
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
        // USMCA-qualifying auto parts: no Section 232 duty (HTSUS U.S. note 33(h)).
        additional_hts: vec!["9903.94.06".into()],
        metal: MetalOrigin::default(),
        igi_rate: None,
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
            cove: String::new(),
            charges: InvoiceCharges::default(),
        }],
        exchange_rate: ExchangeRate { mxn_per_usd: Some(dec!(18.25430)), date: Some(date(2026, 11, 30)), source: "DOF FIX".into() },
        charges: Charges { freight_usd: Some(dec!(850.00)), insurance_usd: Some(dec!(120.00)), other_usd: None },
    };
    d.regime = Regime {
        us_entry_type: "01".into(),
        us_entry_number: "B7Q-0012345-0".into(),
        us_export: UsExport::default(),
        clave_pedimento: "A1".into(),
        regimen: "EXD".into(),
        pedimento_number: "26  24  3210  6000123".into(),
        clearance_aduana: String::new(),
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
    rotors.hts = "8708.30.5030".into();
    rotors.gross_kg = Some(dec!(6900));
    rotors.net_kg = Some(dec!(6750));
    rotors.packages = Some(75);
    let mut calipers = brake_pads(dec!(12000.00), dec!(400));
    calipers.description = "Brake calipers, remanufactured".into();
    calipers.hts = "8708.30.5090".into();
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

/// Southbound: U.S. export with EEI, Mexican definitive import (A1/IMD) invoiced in pesos,
/// through Otay Mesa / Tijuana.
pub fn southbound_resin() -> Declaration {
    let mut d = northbound_auto_parts();
    d.reference = "OTM-2026-0091".into();
    d.direction = Direction::Southbound;
    let seller = addr("1850 Main St", "Chula Vista", "CA", "91911", "US");
    d.parties.exporter = Party { name: "Pacific Polymers Inc.".into(), address: seller.clone() };
    d.parties.us_importer = UsImporter { name: "Pacific Polymers Inc.".into(), address: seller, importer_number: "95-4417820".into() };
    d.parties.ultimate_consignee = Party::default();
    d.parties.manufacturer = Manufacturer::default();
    d.parties.mexican_party = MexicanParty {
        name: "Plásticos del Pacífico S.A. de C.V.".into(),
        address: addr("Blvd. Insurgentes 2100", "Tijuana", "BC", "22105", "MX"),
        rfc: "PPA080523QWA".into(),
        curp: String::new(),
    };
    d.parties.us_broker = UsBroker::default();
    d.parties.driver = Driver { name: "Miguel Ángel Soto Ruiz".into(), ..Driver::default() };
    d.transport.us_port = "2506".into();
    d.transport.crossing = "250602".into();
    d.transport.aduana = "400".into();
    d.transport.place_of_loading = "Chula Vista, CA, US".into();
    d.transport.trip_number = String::new();
    d.transport.shipment_control_number = String::new();
    d.transport.truck.vin = String::new();
    d.transport.estimated_arrival =
        Some(PlannedCrossing { local: date(2026, 12, 3).and_hms_opt(7, 15, 0).expect("time"), zone: "America/Los_Angeles".into() });
    d.regime = Regime {
        us_export: UsExport { itn: "X20261202318844".into(), exemption: String::new(), licence_required: false },
        clave_pedimento: "A1".into(),
        regimen: "IMD".into(),
        pedimento_number: "26  40  3210  6000456".into(),
        ..Regime::default()
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
        charges: InvoiceCharges::default(),
    };
    // DAP Tijuana: the seller's price includes the carriage to the border.
    d.commercial.charges = Charges::default();
    d.commercial.exchange_rate.date = Some(date(2026, 12, 2));
    d.lines = vec![Line {
        description: "Polyethylene resin, high density, in pellets".into(),
        hts: "3901.20.5000".into(),
        fraccion: "3901.20.01".into(),
        nico: "00".into(),
        us_quantity: Some(dec!(20000)),
        us_unit: "KG".into(),
        us_quantity2: None,
        us_unit2: String::new(),
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
        additional_hts: Vec::new(),
        metal: MetalOrigin::default(),
        igi_rate: Some(dec!(6.5)),
    }];
    d
}

/// Northbound: an IMMEX maquiladora in Ciudad Juárez returns the wire harnesses it made (RT/ITE)
/// and the U.S. buyer enters them under USMCA, through El Paso.
pub fn northbound_immex_return() -> Declaration {
    let mut d = northbound_auto_parts();
    d.reference = "ELP-2026-1203".into();
    let plant = addr("Av. de las Torres 7100", "Ciudad Juárez", "CHH", "32575", "MX");
    let maquila = "Arneses Fronterizos S. de R.L. de C.V.";
    d.parties.exporter = Party { name: maquila.into(), address: plant.clone() };
    d.parties.mexican_party =
        MexicanParty { name: maquila.into(), address: plant.clone(), rfc: "AFR011105GT4".into(), curp: String::new() };
    d.parties.manufacturer = Manufacturer { name: maquila.into(), address: plant.clone(), mid: "MXARNFRO7100CIU".into() };
    let buyer = addr("4800 Harness Way", "El Paso", "TX", "79925", "US");
    d.parties.us_importer =
        UsImporter { name: "Southwest Vehicle Systems Inc.".into(), address: buyer.clone(), importer_number: "74-281936500".into() };
    d.parties.ultimate_consignee = Party { name: "Southwest Vehicle Systems Inc.".into(), address: buyer };
    d.parties.carrier.scac = "FJRE".into();
    d.parties.carrier.name = "Fletes Juárez S.A. de C.V.".into();
    d.transport.us_port = "2402".into();
    d.transport.crossing = "240203".into();
    d.transport.aduana = "071".into();
    d.transport.place_of_loading = "Ciudad Juárez, CHH, MX".into();
    d.transport.trip_number = "FJRE20261203B".into();
    d.transport.shipment_control_number = "FJRE0045512230".into();
    d.transport.estimated_arrival =
        Some(PlannedCrossing { local: date(2026, 12, 3).and_hms_opt(14, 0, 0).expect("time"), zone: "America/Denver".into() });
    d.regime.us_entry_number = "B7Q-0012346-8".into();
    d.regime.clave_pedimento = "RT".into();
    d.regime.regimen = "ITE".into();
    d.regime.pedimento_number = "26  07  3210  6000789".into();
    d.commercial.invoices[0].number = "EXP-55012".into();
    d.commercial.invoices[0].incoterm = "FCA".into();
    d.commercial.invoices[0].date = Some(date(2026, 12, 2));
    d.commercial.invoices[0].total = Some(dec!(61200.00));
    d.commercial.invoices[0].cfdi_uuid = String::new();
    d.commercial.invoices[0].cove = "COVE19A4C2W07".into();
    d.commercial.exchange_rate.date = Some(date(2026, 12, 2));
    let usmca = d.usmca.as_mut().expect("the auto parts sample claims USMCA");
    let certifier = Contact {
        name: "Laura Elena Quintana".into(),
        title: "Gerente de Cumplimiento".into(),
        address: plant,
        phone: "+52 656 555 0142".into(),
        email: "cumplimiento@arnesesfronterizos.mx".into(),
    };
    usmca.certifier = certifier.clone();
    usmca.exporter = certifier.clone();
    usmca.producer = certifier;
    usmca.signed_by = "Laura Elena Quintana".into();
    usmca.importer.name = "Southwest Vehicle Systems Inc.".into();
    let mut harness = brake_pads(dec!(61200.00), dec!(1800));
    harness.description = "Wiring harnesses for vehicle instrument panels, with connectors".into();
    harness.hts = "8544.30.0000".into();
    harness.fraccion = "8544.30.99".into();
    harness.nico = "01".into();
    harness.gross_kg = Some(dec!(2340));
    harness.net_kg = Some(dec!(2160));
    // SAT's catalog gives 8544.30.99 01 the kilo as its tariff unit (UMT); pieces stay the UMC.
    harness.mx_tariff_unit = "01".into();
    harness.mx_tariff_quantity = Some(dec!(2160));
    harness.packages = Some(60);
    harness.invoice_number = "EXP-55012".into();
    harness.additional_hts = Vec::new();
    d.lines = vec![harness];
    d
}

/// Northbound: a definitive export cleared at the interior aduana of Monterrey (520) that leaves
/// through Nuevo Laredo (240), with the U.S. entry at Laredo.
pub fn northbound_interior_clearance() -> Declaration {
    let mut d = northbound_auto_parts();
    d.reference = "MTY-2026-0388".into();
    d.regime.clearance_aduana = "520".into();
    d.regime.pedimento_number = "26  52  3210  6000912".into();
    d.regime.us_entry_number = "B7Q-0012347-6".into();
    d
}

/// Southbound: U.S. steel coil temporarily imported by an IMMEX manufacturer (IN/ITE), EEI filed,
/// through Laredo / Nuevo Laredo.
pub fn southbound_immex_steel() -> Declaration {
    let mut d = southbound_resin();
    d.reference = "LRD-2026-0522".into();
    let mill = addr("6400 Mines Rd", "Laredo", "TX", "78045", "US");
    d.parties.exporter = Party { name: "Lone Star Coil Processing LLC".into(), address: mill.clone() };
    d.parties.us_importer =
        UsImporter { name: "Lone Star Coil Processing LLC".into(), address: mill, importer_number: "74-5521983".into() };
    d.parties.mexican_party = MexicanParty {
        name: "Estampados Automotrices de Nuevo León S.A. de C.V.".into(),
        address: addr("Av. Ruiz Cortines 3300", "Apodaca", "NL", "66600", "MX"),
        rfc: "EAN100215JK1".into(),
        curp: String::new(),
    };
    d.transport.us_port = "2304".into();
    d.transport.crossing = "230404".into();
    d.transport.aduana = "240".into();
    d.transport.place_of_loading = "Laredo, TX, US".into();
    d.transport.estimated_arrival =
        Some(PlannedCrossing { local: date(2026, 12, 4).and_hms_opt(10, 0, 0).expect("time"), zone: "America/Chicago".into() });
    d.regime.us_export.itn = "X20261203504417".into();
    d.regime.clave_pedimento = "IN".into();
    d.regime.regimen = "ITE".into();
    d.regime.pedimento_number = "26  24  3210  6001034".into();
    d.commercial.invoices[0] = Invoice {
        number: "LSC-7741".into(),
        date: Some(date(2026, 12, 2)),
        currency: "USD".into(),
        incoterm: "FCA".into(),
        total: Some(dec!(38400.00)),
        usd_per_unit: None,
        cfdi_uuid: String::new(),
        cove: "COVE0B3K8P2M5".into(),
        charges: InvoiceCharges::default(),
    };
    d.commercial.exchange_rate.date = Some(date(2026, 12, 3));
    d.lines = vec![Line {
        description: "Flat-rolled steel coil, hot-rolled, pickled and oiled, width 1,250 mm, thickness 2.5 mm".into(),
        hts: "7208.27.0060".into(),
        fraccion: "7208.27.01".into(),
        nico: "99".into(),
        us_quantity: Some(dec!(24000)),
        us_unit: "KG".into(),
        us_quantity2: None,
        us_unit2: String::new(),
        mx_quantity: Some(dec!(24000)),
        mx_unit: "01".into(),
        mx_tariff_quantity: Some(dec!(24000)),
        mx_tariff_unit: "01".into(),
        gross_kg: Some(dec!(24150)),
        net_kg: Some(dec!(24000)),
        packages: Some(2),
        package_kind: "COIL".into(),
        invoice_number: "LSC-7741".into(),
        value: Some(dec!(38400.00)),
        value_usd: Some(dec!(38400.00)),
        country_of_origin: "US".into(),
        origin_criterion: String::new(),
        manufacturer_mid: String::new(),
        additional_hts: Vec::new(),
        metal: MetalOrigin { melt_pour: "US".into(), ..MetalOrigin::default() },
        igi_rate: Some(Decimal::ZERO),
    }];
    d
}

/// Southbound: goods of the United States bound for Guatemala cross Mexico under an international
/// transit (T7), entering at Nuevo Laredo; the U.S. side files the EEI of the export.
pub fn southbound_transit() -> Declaration {
    let mut d = southbound_immex_steel();
    d.reference = "LRD-2026-0530".into();
    d.regime.clave_pedimento = "T7".into();
    d.regime.regimen = "TRA".into();
    d.regime.pedimento_number = "26  24  3210  6001101".into();
    d.regime.us_export.itn = "X20261203504982".into();
    d.commercial.invoices[0].cove = String::new();
    d.parties.mexican_party.name = "Tránsitos y Logística del Golfo S.A. de C.V.".into();
    d.parties.ultimate_consignee = Party {
        name: "Aceros Centroamericanos S.A.".into(),
        address: addr("Calzada Aguilar Batres 34-70", "Guatemala", "GU", "01011", "GT"),
    };
    d.lines[0].igi_rate = None;
    d
}

/// One declaration of each common flow, named: the evaluation set every rule is run against.
pub fn flows() -> Vec<(&'static str, Declaration)> {
    vec![
        ("northbound A1/EXD, U.S. consumption entry with USMCA (Laredo)", northbound_auto_parts()),
        ("northbound RT/ITE IMMEX return, U.S. entry with USMCA (El Paso)", northbound_immex_return()),
        ("northbound A1/EXD cleared at Monterrey, leaving through Nuevo Laredo", northbound_interior_clearance()),
        ("southbound EEI, A1/IMD definitive import in pesos (Otay Mesa)", southbound_resin()),
        ("southbound EEI, IN/ITE IMMEX temporary import of steel (Laredo)", southbound_immex_steel()),
        ("southbound EEI, T7 international transit through Mexico (Laredo)", southbound_transit()),
    ]
}

/// A registry in which every link of [`northbound_auto_parts`] qualifies for FAST on its
/// crossing day (2026-12-01): the carrier, importer and manufacturer C-TPAT, the driver's card
/// valid through 2027-06-30.
pub fn trusted_registry() -> crate::trader::Registry {
    use crate::trader::*;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
    let at = chrono::DateTime::parse_from_rfc3339("2026-01-05T15:00:00Z").expect("instant").with_timezone(&chrono::Utc);
    let ctpat = |id: &str, rubro: &str, tier| Membership {
        id: id.into(),
        program: Program::Ctpat,
        rubro: rubro.into(),
        tier,
        account: String::new(),
        certified_on: Some(day(2023, 3, 14)),
        validated_on: Some(day(2024, 2, 20)),
        reviewed_on: Some(day(2026, 2, 1)),
        expires_on: None,
        renewal_filed_on: None,
        status_changes: Vec::new(),
        evidence: Vec::new(),
        entered_by: "compliance".into(),
        entered_at: Some(at),
    };
    fn stored<T>(id: &str, at: chrono::DateTime<chrono::Utc>, record: T) -> Stored<T> {
        Stored { id: id.into(), revision: 1, updated_at: at, updated_by: "compliance".into(), record }
    }
    let company = |name: &str, roles: Vec<CompanyRole>, country: &str, ids: CompanyIds, memberships| Company {
        name: name.into(),
        roles,
        country: country.into(),
        ids,
        memberships,
        ..Company::default()
    };
    let companies = vec![
        stored(
            "c-carrier",
            at,
            company(
                "Transportes del Norte de Monterrey S.A. de C.V.",
                vec![CompanyRole::Carrier],
                "MX",
                CompanyIds { scac: "TRNM".into(), rfc: "TNM0105179K4".into(), ..CompanyIds::default() },
                vec![ctpat("m1", "mexican-highway-carrier", None)],
            ),
        ),
        stored(
            "c-importer",
            at,
            company(
                "Gulf Coast Auto Supply LLC",
                vec![CompanyRole::Importer],
                "US",
                CompanyIds { importer_number: "12-345678900".into(), ..CompanyIds::default() },
                vec![ctpat("m1", "importer", Some(Tier::II))],
            ),
        ),
        stored(
            "c-maker",
            at,
            company(
                "Autopartes Delta de Monterrey",
                vec![CompanyRole::Manufacturer, CompanyRole::Exporter],
                "MX",
                CompanyIds { mid: "MXAUTDEL1450MON".into(), ..CompanyIds::default() },
                vec![ctpat("m1", "mexican-manufacturer", None)],
            ),
        ),
    ];
    let drivers = vec![stored(
        "d-jose",
        at,
        Driver {
            name: "José Luis Ramírez Treviño".into(),
            nationality: "MX".into(),
            carrier_id: "c-carrier".into(),
            fast_card: Some(FastCard { passid: "42900012345".into(), expires_on: Some(day(2027, 6, 30)) }),
            licence_number: "NL-0912-4471".into(),
            licence_issuer: "MX-NLE".into(),
            ..Driver::default()
        },
    )];
    Registry::new(companies, drivers, Vec::new())
}
