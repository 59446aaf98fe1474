// Generated from the Rust types and src-tauri/src/commands/mod.rs by the app test suite
// (tests/app/bindings.rs). Do not edit: the test regenerates it and fails while it differs.

/**
 * Which way the truck crosses. Northbound is a Mexican export and a U.S. import; southbound the
 * reverse.
 */
export type Direction = "northbound" | "southbound";

/**
 * A planned crossing time at a port, as local wall-clock time plus IANA zone.
 */
export type PlannedCrossing = { 
/**
 * Wall-clock time at the port, ISO 8601 without offset ("2026-11-24T08:30:00").
 */
local: string, 
/**
 * IANA time zone name ("America/Chicago").
 */
zone: string, };

/**
 * Header fields as the user typed them, before validation.
 */
export type HeaderInput = { reference: string, direction: Direction, 
/**
 * 4-digit CBP port code, or none while the broker has not chosen one.
 */
portOfEntry: string | null, plannedCrossing: PlannedCrossing | null, };

/**
 * One draft declaration at its current revision.
 */
export type Draft = { 
/**
 * Opaque identifier (a UUIDv7 string).
 */
id: string, 
/**
 * Number of the current revision; a save must name it (optimistic concurrency).
 */
revision: number, status: DraftStatus, 
/**
 * The sample draft created on first start, so a new user sees how a declaration looks.
 */
isDemo: boolean, createdAt: string, updatedAt: string, declaration: Declaration, };

/**
 * A draft as the editor shows it: as stored, and what the rules say about it.
 */
export type CheckedDraft = { draft: Draft, findings: Array<Finding>, };

/**
 * What a save tells the editor, and nothing it already has: the revision now current (the same
 * one when nothing changed), when it was saved, and the findings of the saved declaration.
 */
export type SavedRevision = { revision: number, updatedAt: string, findings: Array<Finding>, };

/**
 * The columns of the declarations list.
 */
export type DraftSummary = { id: string, reference: string, direction: Direction, portOfEntry: string | null, plannedCrossing: PlannedCrossing | null, status: DraftStatus, revision: number, lineCount: number, isDemo: boolean, updatedAt: string, };

/**
 * Order of the declarations list.
 */
export type DraftSort = "newest" | "recentlyUpdated" | "reference" | "crossing";

/**
 * Where a declaration stands in the broker's work.
 */
export type DraftStatus = "draft" | "ready" | "filed" | "archived";

/**
 * Search and filters of the declarations list. Empty text and no filters list every live draft.
 */
export type DraftQuery = { 
/**
 * Words to find in the reference, party names, RFC/EIN, descriptions, HTS or fracción.
 */
text: string, status: DraftStatus | null, direction: Direction | null, port: string | null, 
/**
 * First day of the planned crossing (port local time), `YYYY-MM-DD`.
 */
crossingFrom: string | null, 
/**
 * Last day of the planned crossing, `YYYY-MM-DD`.
 */
crossingTo: string | null, sort: DraftSort, 
/**
 * The order run backwards (Z to A, latest crossing first, …); drafts without a planned
 * crossing stay last either way.
 */
reversed: boolean, offset: number, 
/**
 * Rows wanted; 0 lets the application choose its default page.
 */
limit: number, };

/**
 * One page of the list and how many drafts match in all.
 */
export type DraftPage = { items: Array<DraftSummary>, 
/**
 * Matches in all, across pages; a floor when `total_exact` is false (a text search stops
 * counting at a limit).
 */
total: number, totalExact: boolean, };

/**
 * One U.S. port of entry on the southern land border.
 */
export type UsPort = { 
/**
 * 4-digit CBP port code, e.g. "2304".
 */
code: string, 
/**
 * Port name as CBP writes it.
 */
name: string, 
/**
 * Two-letter U.S. state.
 */
state: string, 
/**
 * IANA time zone of the port.
 */
timeZone: string, };

export type Language = "en" | "es";

/**
 * What the front end reads at start.
 */
export type Preferences = { 
/**
 * `null` until the user picks a language; the UI then follows the system language.
 */
language: Language | null, 
/**
 * The name recorded on revisions, when the user set one.
 */
authorName: string | null, 
/**
 * The OS user name, recorded when no name is set.
 */
systemUser: string, 
/**
 * The area of the app in use when it was last left (`declarations`, …), if any.
 */
area: string | null, };

export type AppInfo = { version: string, databasePath: string, logDir: string, 
/**
 * Why the database could not be opened at start, or `null` when it is open.
 */
databaseError: IpcError | null, };

/**
 * Stable codes the UI branches on and translates. Renaming one is a breaking change for the UI.
 */
export type ErrorCode = "database_unreadable" | "database_too_new" | "database_error" | "stored_data_invalid" | "draft_not_found" | "revision_not_found" | "conflict" | "backup_target_exists" | "backup_invalid" | "reference_required" | "reference_too_long" | "reference_control_characters" | "unknown_port" | "unknown_time_zone" | "crossing_time_skipped" | "invalid_document" | "author_name_invalid" | "file_unreadable" | "schedule_invalid" | "schedule_already_imported" | "download_failed" | "trader_not_found" | "trader_conflict" | "trader_invalid" | "file_too_large" | "import_file_changed" | "import_has_problems" | "crossing_not_found" | "crossing_conflict" | "crossing_invalid" | "declaration_in_crossing" | "trip_number_taken" | "event_not_found" | "event_already_corrected" | "wait_times_unreadable" | "wait_times_url_invalid" | "list_invalid" | "list_version_not_found" | "no_watchlists" | "thresholds_invalid" | "hit_not_found" | "reason_required" | "internal";

/**
 * The one error type that crosses IPC.
 */
export type IpcError = { code: ErrorCode, 
/**
 * English technical detail for the log and the "details" line; the UI shows its own
 * translated text for the code.
 */
message: string, };

/**
 * One truck shipment crossing the U.S.–Mexico border, as the broker captures it.
 */
export type Declaration = { 
/**
 * Version of this document's layout; see [`SCHEMA_VERSION`].
 */
schemaVersion: number, reference: string, direction: Direction, parties: Parties, transport: Transport, commercial: Commercial, regime: Regime, 
/**
 * Present when USMCA preference is claimed.
 */
usmca: UsmcaCertification | null, lines: Array<Line>, 
/**
 * Documents of other agencies linked to the goods (FDA prior notice, phytosanitary
 * certificates, SENASICA's import certificate).
 */
documents: Array<LinkedDocument>, 
/**
 * The FAST lane claim and the registry records parties were picked from.
 */
trusted: TrustedTrade, };

export type Parties = { 
/**
 * Exporter / shipper.
 */
exporter: Party, usImporter: UsImporter, ultimateConsignee: Party, mexicanParty: MexicanParty, manufacturer: Manufacturer, usBroker: UsBroker, mexicanBroker: MexicanBroker, carrier: Carrier, driver: Driver, };

/**
 * A party identified by name and address only (shipper, ultimate consignee).
 */
export type Party = { name: string, address: Address, };

export type Address = { street: string, city: string, 
/**
 * State, province or Mexican entidad federativa.
 */
state: string, postalCode: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, };

/**
 * U.S. importer of record with its CBP importer number.
 */
export type UsImporter = { name: string, address: Address, 
/**
 * EIN + suffix, SSN or CBP-assigned number.
 */
importerNumber: string, };

/**
 * The Mexican exporter (northbound) or importer (southbound).
 */
export type MexicanParty = { name: string, address: Address, rfc: string, 
/**
 * Only for individuals; may be empty.
 */
curp: string, };

export type Manufacturer = { name: string, address: Address, 
/**
 * Manufacturer identification code (MID).
 */
mid: string, };

export type UsBroker = { name: string, 
/**
 * 3-character CBP filer code.
 */
filerCode: string, };

export type MexicanBroker = { name: string, 
/**
 * 4-digit patente aduanal.
 */
patente: string, };

export type Carrier = { name: string, address: Address, scac: string, 
/**
 * Mexican CAAT (código alfanumérico armonizado del transportista), where known.
 */
caat: string, };

export type Driver = { name: string, 
/**
 * FAST commercial driver card number (PASSID), if the driver holds one.
 */
fastCard: string, 
/**
 * ACE ID issued by CBP for the crew profile, if no FAST card.
 */
aceId: string, };

export type Transport = { 
/**
 * 4-digit CBP port of entry (northbound) or exit (southbound).
 */
usPort: string, 
/**
 * CBP Border Wait Times crossing id, e.g. "230404" (Laredo World Trade Bridge).
 */
crossing: string, 
/**
 * 3-digit Mexican aduana-sección of exit (northbound) or entry (southbound).
 */
aduana: string, truck: Conveyance, trailers: Array<Conveyance>, seals: Array<string>, 
/**
 * ACE trip number: carrier SCAC + a unique suffix.
 */
tripNumber: string, shipmentControlNumber: string, 
/**
 * Foreign place where the carrier takes possession of the goods.
 */
placeOfLoading: string, 
/**
 * Estimated arrival at the first U.S. port, local time with its zone.
 */
estimatedArrival: PlannedCrossing | null, };

/**
 * A truck or trailer: VIN or equipment number, and its licence plate.
 */
export type Conveyance = { 
/**
 * VIN for a truck; equipment number for a trailer.
 */
vin: string, number: string, plate: string, 
/**
 * State or province that issued the plate.
 */
plateState: string, 
/**
 * ISO 3166-1 alpha-2 of the plate.
 */
plateCountry: string, };

export type Commercial = { invoices: Array<Invoice>, exchangeRate: ExchangeRate, charges: Charges, };

export type Invoice = { number: string, date: string | null, 
/**
 * ISO 4217 (MXN, not the pedimento's MXP).
 */
currency: string, incoterm: string, 
/**
 * Invoice total in its currency, as printed on the invoice.
 */
total: string | null, 
/**
 * U.S. dollars per unit of `currency` (Banxico's equivalence factor); 1 for USD. Needed only
 * for currencies other than USD and MXN.
 */
usdPerUnit: string | null, 
/**
 * Folio fiscal of the CFDI with Comercio Exterior.
 */
cfdiUuid: string, cove: string, 
/**
 * Freight, insurance and other charges the invoice bills on top of the goods, in its
 * currency: the total is the lines plus these.
 */
charges: InvoiceCharges, };

/**
 * Charges printed on an invoice besides the goods, in the invoice's currency.
 */
export type InvoiceCharges = { freight: string | null, insurance: string | null, other: string | null, };

/**
 * The rate that turns dollars into pesos on the pedimento (field 6, 5 decimals).
 */
export type ExchangeRate = { mxnPerUsd: string | null, date: string | null, 
/**
 * Where the rate comes from, e.g. "DOF FIX".
 */
source: string, };

/**
 * Charges paid apart from the invoices, up to the border, in U.S. dollars (incrementables on the
 * Mexican side, Ley Aduanera art. 65; the "CHGS" column of CBP 7501 block 36).
 */
export type Charges = { freightUsd: string | null, insuranceUsd: string | null, otherUsd: string | null, };

export type Regime = { 
/**
 * CBP entry type (7501 block 2), e.g. "01".
 */
usEntryType: string, 
/**
 * Assigned by the U.S. broker: filer code, sequence, check digit.
 */
usEntryNumber: string, 
/**
 * The U.S. export (southbound): Electronic Export Information filed in AES, or why none is.
 */
usExport: UsExport, 
/**
 * Clave de pedimento (Apéndice 2), e.g. "A1".
 */
clavePedimento: string, 
/**
 * Régimen (Apéndice 16), e.g. "EXD".
 */
regimen: string, 
/**
 * Once validated: 15 digits.
 */
pedimentoNumber: string, 
/**
 * Aduana-sección where the pedimento is cleared (Anexo 22 campo 31), when it is not the
 * border aduana the truck crosses at (`transport.aduana`, campo 8): an export cleared in
 * Monterrey (520) that leaves through Nuevo Laredo (240). Empty: cleared at the border.
 */
clearanceAduana: string, 
/**
 * Whether USMCA (T-MEC) preferential treatment is claimed on the import: the U.S. entry
 * northbound, the pedimento southbound.
 */
usmcaClaimed: boolean, };

/**
 * The Electronic Export Information of a U.S. export (15 CFR Part 30), as far as the broker
 * records it: the ITN AES returned, or the exemption that applies.
 */
export type UsExport = { 
/**
 * Internal Transaction Number: "X" + acceptance date (YYYYMMDD) + 6 digits.
 */
itn: string, 
/**
 * The exemption legend when no EEI is filed, e.g. "NOEEI 30.37(a)".
 */
exemption: string, 
/**
 * A licence (or another case of 15 CFR 30.2(a)(1)(iv)) applies: EEI is due whatever the value.
 */
licenceRequired: boolean, };

export type UsmcaCertification = { 
/**
 * 1. importer, exporter or producer.
 */
certifierRole: string, 
/**
 * 2. certifier.
 */
certifier: Contact, 
/**
 * 3. exporter (name may be "Various").
 */
exporter: Contact, 
/**
 * 4. producer (name may be "Various" or "Available upon request").
 */
producer: Contact, 
/**
 * 5. importer.
 */
importer: Contact, 
/**
 * 8. blanket period, up to 12 months, when the certification covers several shipments.
 */
blanketFrom: string | null, blanketTo: string | null, 
/**
 * 9. authorized signature and date, with the certification statement.
 */
signedBy: string, signedOn: string | null, };

export type Contact = { name: string, title: string, address: Address, phone: string, email: string, };

export type Line = { description: string, 
/**
 * U.S. HTS, 10 digits.
 */
hts: string, 
/**
 * Chapter 99 numbers reported with this line (additional duties: Section 232, 301, 122…),
 * in the order CBP asks for them; the line's own HTS number is reported last.
 */
additionalHts: Array<string>, 
/**
 * Mexican fracción arancelaria, 8 digits.
 */
fraccion: string, 
/**
 * NICO, 2 digits.
 */
nico: string, 
/**
 * Quantity in the HTS unit of quantity.
 */
usQuantity: string | null, 
/**
 * ACE unit code, e.g. "NO", "KG".
 */
usUnit: string, 
/**
 * The second quantity, for HTS lines that report two units (e.g. "No." and "kg").
 */
usQuantity2: string | null, usUnit2: string, 
/**
 * Quantity in the commercial unit (UMC), 3 decimals.
 */
mxQuantity: string | null, 
/**
 * UMC, Apéndice 7 (two digits).
 */
mxUnit: string, 
/**
 * Quantity in the tariff unit (UMT) of the fracción, 5 decimals.
 */
mxTariffQuantity: string | null, mxTariffUnit: string, grossKg: string | null, netKg: string | null, 
/**
 * Packages at the lowest external packaging unit ("200 cartons", not "10 pallets").
 */
packages: number | null, packageKind: string, 
/**
 * Number of the invoice this line belongs to.
 */
invoiceNumber: string, 
/**
 * Value in the invoice currency.
 */
value: string | null, valueUsd: string | null, 
/**
 * ISO 3166-1 alpha-2.
 */
countryOfOrigin: string, 
/**
 * USMCA origin criterion A–D, when preference is claimed.
 */
originCriterion: string, 
/**
 * MID of this line's manufacturer, when not the declaration's manufacturer.
 */
manufacturerMid: string, 
/**
 * Where the metal of a steel or aluminium article comes from (CBP Form 7501 blocks 21–24).
 */
metal: MetalOrigin, 
/**
 * IGI (impuesto general de importación) rate in percent, as the broker gives it from the
 * TIGIE (or the preferential rate); used for the Mexican cuadro de liquidación.
 */
igiRate: string | null, };

/**
 * Countries of the metal in a steel or aluminium article, ISO 3166-1 alpha-2 (CBP Form 7501,
 * 2024: block 21 melt and pour, 22 primary smelt, 23 secondary smelt, 24 cast).
 */
export type MetalOrigin = { 
/**
 * Steel: where it was first melted and poured.
 */
meltPour: string, 
/**
 * Aluminium: the largest primary smelt.
 */
primarySmelt: string, 
/**
 * Aluminium: the second largest primary smelt, if any.
 */
secondarySmelt: string, 
/**
 * Aluminium: where it was most recently cast.
 */
cast: string, };

/**
 * One document, as the broker records it.
 */
export type LinkedDocument = { 
/**
 * What it is: a code of the document kinds (`fda_prior_notice`, `usda_phyto`, …).
 */
kind: string, 
/**
 * The number the issuing agency gave it (confirmation, certificate or permit number).
 */
number: string, 
/**
 * When it was confirmed or issued, local time with its zone (an FDA prior notice must be
 * confirmed at least two hours before the truck arrives).
 */
issued: PlannedCrossing | null, };

export type Severity = "error" | "warning";

export type Finding = { 
/**
 * Stable code, e.g. `hts.format` or `totals.invoice_mismatch`.
 */
code: string, severity: Severity, 
/**
 * Path of the field in the declaration document, e.g. `lines[3].hts`.
 */
path: string, messageEn: string, messageEs: string, 
/**
 * The rule's source: a regulation, a manual, or "Cruce consistency rule".
 */
source: string, };

/**
 * One value as a government form shows it.
 */
export type ViewField = { 
/**
 * The government's own field reference, e.g. "7501 block 1" or "Anexo 22 campo 6".
 */
reference: string, labelEn: string, labelEs: string, 
/**
 * Formatted as that government writes it; empty when the source is empty.
 */
value: string, 
/**
 * Paths of the declaration fields it is derived from (`lines[*]` for a sum over lines).
 */
source: Array<string>, };

/**
 * A group of fields: a form section, or one line / partida.
 */
export type ViewSection = { titleEn: string, titleEs: string, fields: Array<ViewField>, };

/**
 * A government's view of the declaration, shaped like its form: the sections before the lines
 * (header, parties, invoices), one section per line, and the sections after them (totals,
 * manifest). `lines` holds the lines of the window asked for.
 */
export type GovernmentView = { titleEn: string, titleEs: string, head: Array<ViewSection>, lines: Array<ViewSection>, tail: Array<ViewSection>, 
/**
 * Index (0-based) of the declaration line `lines[0]` shows.
 */
firstLine: number, 
/**
 * Lines in the declaration, shown or not.
 */
lineCount: number, };

/**
 * Which lines to derive: a 1,000-line declaration is shown a page at a time.
 */
export type LineWindow = { first: number, count: number, };

/**
 * Both governments' views of one revision of a draft, with the lines in `window` (a
 * 1,000-line declaration is shown, and sent, a page of lines at a time).
 */
export type DraftViews = { revision: number, us: GovernmentView, mexican: GovernmentView, };

/**
 * One saved revision of a draft, without its document.
 */
export type RevisionInfo = { revision: number, savedAt: string, author: string, 
/**
 * What changed from the revision before, as data: the UI says it in the user's language.
 */
note: RevisionNote, };

/**
 * One field that differs. `before`/`after` are `None` where the field does not exist on that side
 * (a line added or removed).
 */
export type FieldChange = { 
/**
 * Same path syntax as validation findings: `lines[3].hts`.
 */
path: string, before: string | null, after: string | null, };

export type RevisionNote = { "kind": "created" } | { "kind": "demoCreated" } | { "kind": "createdBeforeRevisions" } | { "kind": "restored", revision: number, } | { "kind": "changed", paths: Array<string>, more: number, } | { "kind": "other", text: string, };

/**
 * The kinds of reference data a user imports from their publishers' files.
 */
export type ScheduleKind = "hts-usitc" | "sat-fracciones" | "sat-patentes";

/**
 * One imported version of a schedule.
 */
export type ScheduleInfo = { kind: ScheduleKind, 
/**
 * As the publisher names it, e.g. "HTS 2026 Revision 3".
 */
edition: string, 
/**
 * The first day this version applies to a crossing.
 */
effectiveFrom: string, 
/**
 * The file name or address it was read from.
 */
source: string, 
/**
 * Lines (or codes) it holds.
 */
lines: number, };

/**
 * One result of a lookup, ready to show and to write into a line.
 */
export type TariffHit = { 
/**
 * As the declaration takes it (`8708.30.5020`, `9903.94.06`; `3901.20.01` and NICO `00`).
 */
number: string, 
/**
 * Mexico's NICO (two digits) for a fracción; empty for the HTS.
 */
nico: string, 
/**
 * The line's own text and, before it, the texts of the lines it sits under.
 */
description: string, context: Array<string>, 
/**
 * Unit codes the declaration uses (ACE codes for the HTS, c_UnidadAduana for Mexico).
 */
units: Array<string>, 
/**
 * The general rate of duty (HTS) or empty.
 */
rate: string, };

/**
 * One stored version, as the reference-data screen lists it.
 */
export type ScheduleSummary = { id: number, info: ScheduleInfo, importedAt: string, importedBy: string, };

/**
 * How an import names what it reads; unset fields are taken from the file.
 */
export type ImportOptions = { 
/**
 * "HTS 2026 Revision 3"; by default from the file name, or from the catalog's dates.
 */
edition: string | null, 
/**
 * The first day the version applies; by default January 1 of the HTS edition's year, or the
 * earliest day a row of a SAT catalog is in force.
 */
effectiveFrom: string | null, };

/**
 * Which schedule a lookup searches.
 */
export type TariffSide = "us" | "mx";

export type TrustedTrade = { 
/**
 * The truck is to use the FAST lane at the U.S. port.
 */
fastLane: boolean, carrier: RegistryLink | null, importer: RegistryLink | null, manufacturer: RegistryLink | null, driver: RegistryLink | null, truck: RegistryLink | null, };

/**
 * A registry record a declaration's party was picked from.
 */
export type RegistryLink = { id: string, 
/**
 * The record's revision when it was picked; the fields copied into the declaration are that
 * revision's.
 */
revision: number, };

/**
 * Which records a search covers.
 */
export type TraderKind = "company" | "driver" | "equipment";

/**
 * What a company is to the shipments it appears on. One company may be several.
 */
export type CompanyRole = "importer" | "exporter" | "manufacturer" | "carrier" | "broker" | "consignee";

/**
 * The identifiers each government knows the company by; empty when it has none.
 */
export type CompanyIds = { 
/**
 * Mexico's RFC (12 characters for a company, 13 for a person).
 */
rfc: string, 
/**
 * CBP importer number (EIN with its suffix, or a CBP-assigned number).
 */
importerNumber: string, 
/**
 * Manufacturer ID (19 CFR Part 102 Appendix).
 */
mid: string, 
/**
 * Standard Carrier Alpha Code.
 */
scac: string, 
/**
 * Código Alfanumérico Armonizado del Transportista (SAT).
 */
caat: string, 
/**
 * CBP filer code of a U.S. broker.
 */
filerCode: string, 
/**
 * Patente of a Mexican customs broker.
 */
patente: string, };

/**
 * A company of the registry.
 */
export type Company = { name: string, roles: Array<CompanyRole>, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, address: Address, ids: CompanyIds, memberships: Array<Membership>, notes: string, 
/**
 * Kept for the record and the declarations that name it, no longer offered.
 */
archived: boolean, };

/**
 * A trusted-trader program a company can hold.
 */
export type Program = "ctpat" | "mxIvaIeps" | "mxOea" | "mxScc" | "mra";

/**
 * C-TPAT tiers (importers): I certified, II validated, III validated with best practices.
 */
export type Tier = "I" | "II" | "III";

/**
 * A change of a membership's status on a day, as the program notified it.
 */
export type StatusChangeKind = "suspended" | "reinstated" | "revoked";

export type StatusChange = { kind: StatusChangeKind, on: string, note: string, };

/**
 * A file that proves what the record says (the certification letter, the portal's status
 * page, the SAT oficio), kept by its SHA-256 in the store.
 */
export type Evidence = { fileName: string, sha256: string, size: number, };

/**
 * One program held by a company, as attested by whoever entered it.
 */
export type Membership = { 
/**
 * Stable within the company, so a change or an alert can name it.
 */
id: string, program: Program, 
/**
 * C-TPAT: the business entity type (see `rules::CTPAT_ROLES`); Mexico: the rubro.
 */
rubro: string, 
/**
 * C-TPAT importers only.
 */
tier: Tier | null, 
/**
 * The program's number for the company: C-TPAT account number, SAT oficio or folio.
 */
account: string, 
/**
 * C-TPAT: date of certification; Mexico: first day of the authorisation in force; MRA: the
 * date consent was given.
 */
certifiedOn: string | null, 
/**
 * C-TPAT: the last (re)validation visit.
 */
validatedOn: string | null, 
/**
 * C-TPAT: the last annual review of the security profile submitted in the portal.
 */
reviewedOn: string | null, 
/**
 * Mexico: the last day of the authorisation as the resolution states it; empty to take the
 * term of the rule in force on `certified_on`.
 */
expiresOn: string | null, 
/**
 * Mexico: the day the renewal notice (aviso único de renovación) was filed.
 */
renewalFiledOn: string | null, statusChanges: Array<StatusChange>, evidence: Array<Evidence>, 
/**
 * Who attested this membership, and when.
 */
enteredBy: string, enteredAt: string | null, };

/**
 * A FAST commercial driver card.
 */
export type FastCard = { 
/**
 * The PASSID printed on the back of the card (9 digits).
 */
passid: string, expiresOn: string | null, };

/**
 * A driver of a carrier. (`RegistryDriver` in TypeScript, apart from the declaration's driver.)
 */
export type RegistryDriver = { name: string, 
/**
 * ISO 3166-1 alpha-2.
 */
nationality: string, 
/**
 * The registry id of the carrier the driver drives for.
 */
carrierId: string, fastCard: FastCard | null, 
/**
 * ACE ID, when the driver has no FAST card.
 */
aceId: string, licenceNumber: string, 
/**
 * Issuing state or country of the licence (e.g. "TX", "MX-NLE").
 */
licenceIssuer: string, licenceExpiresOn: string | null, archived: boolean, };

export type EquipmentKind = "tractor" | "trailer";

/**
 * A tractor or trailer of a carrier.
 */
export type Equipment = { kind: EquipmentKind, 
/**
 * The carrier's unit number.
 */
number: string, carrierId: string, plate: string, 
/**
 * State or province of the plate ("TX", "NLE").
 */
plateState: string, 
/**
 * ISO 3166-1 alpha-2 of the plate.
 */
plateCountry: string, vin: string, 
/**
 * The CBP transponder (decal) number or the ACE conveyance ID.
 */
transponder: string, archived: boolean, };

/**
 * Any registry record, as the store keeps it. Records are moved a few at a time (a save, a page),
 * so the size of the largest variant costs nothing worth an indirection.
 */
export type TraderRecord = { "kind": "company", "record": Company } | { "kind": "driver", "record": RegistryDriver } | { "kind": "equipment", "record": Equipment };

/**
 * A registry record with its identity and revision.
 */
export type Stored<T> = { id: string, revision: number, updatedAt: string, updatedBy: string, record: T, };

/**
 * One search result: enough to show a row and pick it.
 */
export type SearchHit = { kind: TraderKind, id: string, revision: number, 
/**
 * The company or driver name, or the equipment's unit number and plate.
 */
title: string, 
/**
 * The identifiers, as one line ("SCAC ABCD · RFC …").
 */
detail: string, archived: boolean, };

export type SearchPage = { hits: Array<SearchHit>, 
/**
 * Matches in all, of which `hits` is the page asked for.
 */
total: number, };

/**
 * A membership's standing on a day.
 */
export type Standing = "active" | "notYetValid" | "suspended" | "revoked" | "expired";

export type DueKind = "ctpatValidation" | "ctpatRevalidation" | "ctpatAnnualReview" | "mxRenewalNotice" | "fastCardExpiry";

/**
 * Something that falls due on a day, with the rule it comes from.
 */
export type DueDate = { kind: DueKind, on: string, 
/**
 * The first day the action may be taken, when the rule sets one (renewal windows).
 */
opensOn: string | null, source: string, };

/**
 * A membership on a day.
 */
export type MembershipState = { standing: Standing, 
/**
 * The last day in force, where the program has one (Mexico), after any timely renewal.
 */
validTo: string | null, 
/**
 * What falls due next, earliest first.
 */
due: Array<DueDate>, };

/**
 * A FAST card on a day.
 */
export type CardState = { standing: Standing, due: DueDate | null, };

/**
 * A length of time as a program states it.
 */
export type Period = { "unit": "days", "count": number } | { "unit": "years", "count": number };

/**
 * What a rule measures.
 */
export type RuleKind = "ctpatValidation" | "ctpatRevalidation" | "ctpatAnnualReview" | "mxTerm" | "mxRenewalWindow" | "ctpatReviewWindow" | "fastCardTerm" | "fastRenewalWindow";

/**
 * One dated rule.
 */
export type DateRule = { kind: RuleKind, 
/**
 * The program the rule belongs to; `None` for FAST cards (a driver's, not a company's).
 */
program: Program | null, 
/**
 * The rubros it applies to; empty for all.
 */
rubros: string[], period: Period, 
/**
 * In force for records whose period starts on or after this day.
 */
effectiveFrom: string, 
/**
 * The legal source, as shown next to every date computed from the rule.
 */
source: string, 
/**
 * Whether the source was read in the official text; an unverified rule is labelled so.
 */
verified: boolean, };

export type AlertKind = { "due": DueKind } | "expired" | "suspended" | "licenceExpiry";

export type Alert = { subject: TraderKind, subjectId: string, subjectName: string, membershipId: string | null, program: Program | null, kind: AlertKind, on: string, 
/**
 * Days from today to `on`; negative when overdue or past.
 */
daysLeft: number, 
/**
 * The smallest of [`BANDS`] that holds it; 0 when overdue.
 */
band: number, actionEn: string, actionEs: string, source: string, };

/**
 * One link of the FAST chain.
 */
export type FastLink = "carrier" | "importer" | "manufacturer" | "driver";

/**
 * How a link stands.
 */
export type LinkOutcome = "qualifies" | "fails" | "unknown";

export type LinkCheck = { link: FastLink, outcome: LinkOutcome, 
/**
 * The registry record it was judged on.
 */
recordId: string | null, recordName: string, 
/**
 * The record changed since it was picked for this declaration.
 */
changedSincePick: boolean, 
/**
 * The declaration field the link is about.
 */
path: string, messageEn: string, messageEs: string, source: string, };

export type FastEligibility = { 
/**
 * FAST concerns the U.S. entry: northbound only.
 */
applies: boolean, claimed: boolean, 
/**
 * The crossing day at the U.S. port, when the declaration has a planned arrival.
 */
day: string | null, qualifies: boolean, links: Array<LinkCheck>, };

/**
 * One thing wrong with a record.
 */
export type RecordProblem = { 
/**
 * The field, e.g. `ids.scac` or `memberships[1].expiresOn`.
 */
path: string, code: string, messageEn: string, messageEs: string, };

export type ImportKind = "drivers" | "equipment";

/**
 * One row as it will be stored, or why it cannot be.
 */
export type PreviewRow = { 
/**
 * Line of the file (the header is line 1).
 */
line: number, record: TraderRecord, problems: Array<RecordProblem>, };

export type ImportPreview = { kind: ImportKind, rows: Array<PreviewRow>, 
/**
 * Columns of the file Cruce does not read (kept in the carrier's file, not in the registry).
 */
ignoredColumns: Array<string>, 
/**
 * How the file's text was read: "UTF-8", or "Windows-1252" for a file Excel saved so.
 */
encoding: string, };

export type TraderQuery = { text: string, kind: TraderKind | null, includeArchived: boolean, offset: number, 
/**
 * 0 for [`DEFAULT_TRADER_PAGE`].
 */
limit: number, 
/**
 * Companies holding this role only (the carriers a driver can drive for).
 */
role: CompanyRole | null, };

/**
 * A record as its screen shows it: what is stored, and what it is today.
 */
export type TraderDetail = { stored: Stored<TraderRecord>, 
/**
 * Each membership's standing and due dates today, in the order of the record's memberships.
 */
memberships: Array<MembershipState>, 
/**
 * A driver's FAST card today.
 */
card: CardState | null, today: string, };

/**
 * One revision in a record's history.
 */
export type TraderRevisionInfo = { revision: number, savedAt: string, savedBy: string, record: TraderRecord, };

/**
 * A preview of a carrier's file, with the file's hash so that accepting imports exactly the
 * file previewed.
 */
export type TraderImportPreview = { preview: ImportPreview, sha256: string, file: string, };

export type TraderImportOutcome = { stored: number, skipped: number, };

/**
 * A save: the record as stored, or every problem that kept it from being stored.
 */
export type TraderSaveOutcome = { "outcome": "saved", detail: TraderDetail, } | { "outcome": "invalid", problems: Array<RecordProblem>, };

/**
 * A preview: the rows, or why the file cannot be read at all.
 */
export type TraderPreviewOutcome = { "outcome": "preview", preview: TraderImportPreview, } | { "outcome": "refused", file: string, messageEn: string, messageEs: string, };

/**
 * What happened.
 */
export type EventKind = "emanifestFiled" | "emanifestAccepted" | "emanifestRejected" | "entryOnFile" | "pedimentoPaid" | "dodaGenerated" | "mxSelectionGreen" | "mxSelectionRed" | "mxExamReleased" | "mxExamHeld" | "arrivedUsBooth" | "ucpJointInspection" | "secondaryExam" | "released" | "held" | "refused" | "returned" | "cleared" | "cancelled";

/**
 * Where a crossing stands.
 */
export type Stage = "planned" | "paperwork" | "mexicanCustoms" | "usPrimary" | "inspection" | "held" | "released" | "done";

/**
 * An inspection's outcome, per agency.
 */
export type Outcome = "released" | "referred" | "held";

export type ExamKind = "xray" | "physical" | "agricultural";

/**
 * One recorded event.
 */
export type Event = { id: string, kind: EventKind, 
/**
 * When it happened.
 */
at: string, 
/**
 * The IANA zone it was recorded in (the port's, as a rule), to show it as the dispatcher saw it.
 */
zone: string, recordedBy: string, note: string, 
/**
 * The joint inspection's outcome per agency.
 */
cbp: Outcome | null, mx: Outcome | null, 
/**
 * A secondary exam's kind and outcome.
 */
exam: ExamKind | null, 
/**
 * The event this one corrects: the corrected one stays, marked superseded.
 */
corrects: string | null, };

/**
 * How an event reads in its timeline.
 */
export type Entry = { event: Event, 
/**
 * A later event corrects it.
 */
superseded: boolean, 
/**
 * None of the events it must follow came before it (kept, flagged).
 */
outOfOrder: boolean, };

export type DeadlineState = "ahead" | "near" | "missed" | "met" | "metLate";

/**
 * The e-Manifest deadline: at least 1 hour before arrival at the U.S. port, 30 minutes for FAST
 * (19 CFR 123.92(a)).
 */
export type Deadline = { due: string, state: DeadlineState, 
/**
 * Seconds left at `now` (negative once missed).
 */
secondsLeft: number, source: string, };

/**
 * A crossing's timeline judged at `now`.
 */
export type Timeline = { 
/**
 * In the order they happened (then as recorded).
 */
entries: Array<Entry>, stage: Stage, 
/**
 * When the current stage began.
 */
stageSince: string | null, deadline: Deadline | null, 
/**
 * Seconds spent at each stage passed through, in order.
 */
dwell: Array<[Stage, number]>, 
/**
 * From the arrival at the booth (or the first border event) to release or the end; `None`
 * until both are known.
 */
borderSeconds: number | null, usedUcp: boolean, };

/**
 * A unit of the truck: the tractor or a trailer.
 */
export type Unit = { number: string, plate: string, 
/**
 * The registry record it was picked from.
 */
link: RegistryLink | null, };

export type CrossingCarrier = { name: string, scac: string, link: RegistryLink | null, };

export type CrossingDriver = { name: string, 
/**
 * FAST card number (PASSID), if any.
 */
fastCard: string, link: RegistryLink | null, };

/**
 * What a carried declaration contributes to the crossing's FAST eligibility, as of one revision.
 */
export type Shipment = { draftId: string, revision: number, reference: string, importerName: string, importerNumber: string, manufacturerName: string, mid: string, trusted: TrustedTrade, };

export type Crossing = { 
/**
 * ACE trip number (SCAC + suffix); the dispatcher's name for the trip.
 */
tripNumber: string, direction: Direction, 
/**
 * 4-digit CBP port.
 */
usPort: string, 
/**
 * CBP Border Wait Times crossing id ("230404" Laredo World Trade Bridge).
 */
crossing: string, carrier: CrossingCarrier, driver: CrossingDriver, tractor: Unit, trailers: Array<Unit>, 
/**
 * Planned arrival at the U.S. port (northbound) or at the border (southbound).
 */
plannedArrival: PlannedCrossing | null, 
/**
 * The truck is to use the FAST lane.
 */
fastLane: boolean, 
/**
 * The declarations it carries (draft ids); each belongs to one crossing at a time.
 */
shipments: Array<Shipment>, 
/**
 * Papers kept with the trip (a gate pass, a photo of the seal), by SHA-256.
 */
documents: Array<Evidence>, note: string, };

/**
 * A crossing as stored: its id and revision.
 */
export type StoredCrossing = { id: string, revision: number, updatedAt: string, updatedBy: string, crossing: Crossing, };

/**
 * Why a crossing cannot be stored as it is, in both languages.
 */
export type CrossingProblem = { path: string, code: string, messageEn: string, messageEs: string, };

export type BoardRow = { id: string, revision: number, tripNumber: string, direction: Direction, usPort: string, portName: string, crossing: string, crossingName: string, 
/**
 * The zone its times are shown in.
 */
zone: string | null, carrier: string, scac: string, driver: string, tractorPlate: string, fastLane: boolean, arrival: string | null, stage: Stage, stageSince: string | null, deadline: Deadline | null, lastEvent: EventKind | null, lastEventAt: string | null, 
/**
 * Events kept but out of the allowed order.
 */
flagged: number, next: Array<EventKind>, declarations: number, usedUcp: boolean, };

/**
 * What the dispatcher narrows the board to; empty fields do not narrow.
 */
export type BoardFilter = { usPort: string, 
/**
 * Words of the carrier's name or its SCAC.
 */
carrier: string, stage: Stage | null, 
/**
 * Words of the trip number, driver or plate.
 */
text: string, };

/**
 * How a crossing ended at the border.
 */
export type Ending = "released" | "held" | "refused" | "returned" | "pending";

/**
 * What one crossing contributes to the figures and to the board's choice of what is active.
 */
export type CrossingFacts = { stage: Stage, 
/**
 * When it was released or ended (the board keeps showing it a while after).
 */
finishedAt: string | null, 
/**
 * The month ("2026-11") it reached the border, at the port.
 */
month: string | null, borderSeconds: number | null, usedUcp: boolean, 
/**
 * Sent to a U.S. secondary exam.
 */
secondary: boolean, 
/**
 * Mexico's selection was red.
 */
mxRed: boolean, ending: Ending, };

/**
 * Border times of a group: how many were timed, their mean and 90th percentile in seconds.
 */
export type BorderTimes = { timed: number, meanSeconds: number | null, p90Seconds: number | null, };

/**
 * One port and month.
 */
export type FigureRow = { usPort: string, month: string, 
/**
 * Crossings that reached the border that month.
 */
crossings: number, all: BorderTimes, ucp: BorderTimes, other: BorderTimes, secondary: number, 
/**
 * Share sent to secondary, 0–1, four places.
 */
secondaryShare: string, 
/**
 * How the crossings sent to secondary ended.
 */
secondaryEndings: Record<string, number>, mxRed: number, };

export type EventRow = { line: number, tripNumber: string, crossingId: string | null, event: Event | null, problems: Array<CrossingProblem>, };

export type EventsPreview = { rows: Array<EventRow>, ignoredColumns: Array<string>, encoding: string, };

/**
 * Why a lane has no reading.
 */
export type NoReading = "notApplicable" | "updatePending" | "lanesClosed" | "unreadable";

/**
 * One lane type at one crossing, as CBP estimated it.
 */
export type LaneReading = { "state": "open", delayMinutes: number, lanesOpen: number | null, 
/**
 * When CBP updated it.
 */
updatedAt: string | null, } | { "state": "missing", reason: NoReading, };

/**
 * A crossing's FAST eligibility on the board: every declaration it carries must qualify.
 */
export type CrossingFast = { 
/**
 * Northbound only.
 */
applies: boolean, qualifies: boolean, 
/**
 * The links that do not qualify or cannot be confirmed, each once.
 */
problems: Array<LinkCheck>, };

export type BoardEntry = { row: BoardRow, fast: CrossingFast, wait: WaitNow | null, };

export type PortGroup = { usPort: string, portName: string, entries: Array<BoardEntry>, };

export type Board = { groups: Array<PortGroup>, 
/**
 * Crossings on the board before the filter.
 */
total: number, shown: number, now: string, };

/**
 * A carried declaration as the crossing's page lists it.
 */
export type CarriedDeclaration = { draftId: string, reference: string, 
/**
 * The revision the crossing's copy was taken from, and the draft's current one.
 */
attachedRevision: number, currentRevision: number | null, };

export type CrossingDetail = { stored: StoredCrossing, timeline: Timeline, facts: CrossingFacts, zone: string | null, fast: CrossingFast, declarations: Array<CarriedDeclaration>, wait: WaitNow | null, now: string, };

/**
 * An event as the dispatcher records it; who and (by default) when are the workspace's.
 */
export type EventInput = { kind: EventKind, 
/**
 * When it happened; now when not given.
 */
at: string | null, note: string, cbp: Outcome | null, mx: Outcome | null, exam: ExamKind | null, 
/**
 * The event this one corrects.
 */
corrects: string | null, };

export type EventsImportPreview = { preview: EventsPreview, sha256: string, file: string, };

export type EventsImportOutcome = { stored: number, skipped: number, };

/**
 * The newest reading of one crossing as the board and the chart show it.
 */
export type WaitNow = { portNumber: string, portName: string, crossingName: string, standard: LaneReading, fast: LaneReading, 
/**
 * CBP's update instant (or when it was fetched, without one).
 */
observedAt: string, ageSeconds: number, stale: boolean, 
/**
 * The crossing was in the latest answer (CBP sometimes drops one).
 */
inLatest: boolean, };

export type FetchInfo = { at: string, url: string, ok: boolean, error: string | null, };

export type WaitTimes = { readings: Array<WaitNow>, lastTry: FetchInfo | null, lastSuccess: FetchInfo | null, 
/**
 * Where they are fetched from.
 */
url: string, now: string, };

/**
 * One point of the chart.
 */
export type WaitPoint = { at: string, standard: number | null, fast: number | null, };

/**
 * A crossing stored (or an event recorded), or every problem that kept it from being.
 */
export type CrossingOutcome = { "outcome": "saved", detail: CrossingDetail, } | { "outcome": "invalid", problems: Array<CrossingProblem>, };

/**
 * A crossing made from declarations, to look at before saving, or why they make none.
 */
export type CrossingDraftOutcome = { "outcome": "draft", crossing: Crossing, } | { "outcome": "invalid", problems: Array<CrossingProblem>, };

export type EventsPreviewOutcome = { "outcome": "preview", preview: EventsImportPreview, } | { "outcome": "refused", file: string, messageEn: string, messageEs: string, };

/**
 * Which list an entry comes from; the code is what the command line and stored rows use.
 */
export type ListKind = "ofac-sdn" | "ofac-cons" | "csl" | "bis-dpl" | "sat-69b" | "own";

export type EntryType = "individual" | "entity" | "vessel" | "aircraft";

/**
 * How a list writes a name of its entry.
 */
export type NameKind = "primary" | "aka" | "fka" | "nka" | "weak";

/**
 * The scores that decide what is shown; a setting, chosen from the measured evaluation
 * (README, "Screening quality").
 */
export type Thresholds = { 
/**
 * A hit at or above this goes to the review queue.
 */
review: number, 
/**
 * At or above this a hit is called a strong match.
 */
strong: number, };

/**
 * One party to screen: where it is on the declaration (or in the registry) and what is known.
 */
export type ScreenedParty = { 
/**
 * "exporter", "usImporter", … for a declaration; "company" or "driver" for the registry.
 */
role: string, 
/**
 * The field of the name (`parties.exporter.name`).
 */
path: string, name: string, country: string, ids: Array<string>, 
/**
 * [`party_key`] of the above.
 */
key: string, };

/**
 * A list entry a party may be.
 */
export type Hit = { list: ListKind, 
/**
 * The list's identifier of the entry (OFAC ent_num, the RFC for 69-B).
 */
entry: string, version: number, 
/**
 * The entry as it was when matched (SHA-256 of its content): a decision holds for this.
 */
digest: string, 
/**
 * The list's name that matched (the primary name or an alias).
 */
name: string, nameKind: NameKind, primaryName: string, entryType: EntryType, programs: Array<string>, 
/**
 * 69-B situation.
 */
status: string, 
/**
 * A 69-B taxpayer SAT has cleared: informational.
 */
cleared: boolean, countries: Array<string>, 
/**
 * 0 to 1.
 */
score: number, strong: boolean, explanation: Explanation, };

/**
 * Why a hit scored what it did.
 */
export type Explanation = { 
/**
 * The name alone (0 to 1), before the evidence.
 */
nameScore: number, queryShare: number, listShare: number, words: Array<WordMatch>, unmatchedQuery: Array<string>, unmatchedList: Array<string>, 
/**
 * Legal forms set aside on each side ("s a de c v").
 */
queryLegalForm: string | null, listLegalForm: string | null, evidence: Array<HitEvidence>, };

/**
 * Something beside the name that supports (`effect` > 0) or contradicts (< 0) the match.
 */
export type HitEvidence = { kind: HitEvidenceKind, effect: number, en: string, es: string, };

export type HitEvidenceKind = "identifier" | "country" | "birthYear" | "entryType";

/**
 * A query word and the list word it was matched to.
 */
export type WordMatch = { query: string, list: string, 
/**
 * 1 for the same word; less for a spelling variant, an initial or a split word.
 */
similarity: number, how: WordHow, };

export type WordHow = "same" | "spelling" | "initial" | "joined" | "sound" | "romanized";

/**
 * One imported version of a list.
 */
export type ListVersion = { id: number, kind: ListKind, importedAt: string, importedBy: string, 
/**
 * The files or the address it came from.
 */
source: string, sha256: string, published: string | null, encoding: string, entries: number, names: number, 
/**
 * What changed from the version before (all added for the first).
 */
changes: ListDiffCounts, notes: Array<string>, 
/**
 * The newest version of its kind: the one screening uses.
 */
inUse: boolean, };

export type ListDiffCounts = { added: number, removed: number, changed: number, };

export type ReviewOutcome = "trueMatch" | "falsePositive" | "escalated";

/**
 * A decision on one hit: the party is (or is not) the list's entry as it was.
 */
export type Decision = { id: number, partyKey: string, list: ListKind, entry: string, digest: string, version: number, score: number, outcome: ReviewOutcome, reason: string, decidedBy: string, decidedAt: string, };

/**
 * A hit as the review sees it.
 */
export type ReviewItem = { party: ScreenedParty, hit: Hit, firstRaised: string, 
/**
 * When this version of the hit (the entry as it is now) was first raised.
 */
raisedAt: string, 
/**
 * The latest decision on this party and entry, whichever version of the entry it was on.
 */
decision: Decision | null, 
/**
 * Whether the latest decision holds for the entry as it is now.
 */
decided: boolean, 
/**
 * Where the party was met ("draft:…", "company:…", "batch").
 */
uses: Array<string>, };

/**
 * One screening of a party.
 */
export type ScreeningRun = { at: string, by: string, context: string, 
/**
 * The list versions it ran against ("ofac-sdn 3").
 */
versions: Array<string>, hits: number, newHits: number, };

/**
 * Everything known of one party's screening.
 */
export type PartyHistory = { party: ScreenedParty, runs: Array<ScreeningRun>, hits: Array<ReviewItem>, decisions: Array<Decision>, };

/**
 * The lists in use and what is missing.
 */
export type ListsOverview = { 
/**
 * Every version, newest first.
 */
versions: Array<ListVersion>, 
/**
 * Kinds never imported (screened against nothing: said, never silent).
 */
missing: Array<ListKind>, thresholds: Thresholds, };

/**
 * What an import did: the version, what changed, and the re-screen of every known party.
 */
export type ListImport = { version: ListVersion, rescreen: Rescreen, };

/**
 * A re-screen of many parties: how many, and only what is new for the review.
 */
export type Rescreen = { parties: number, hits: number, newHits: number, };

/**
 * The entries behind a version's changes (the first 200 of each kind).
 */
export type ListChanges = { version: ListVersion, added: Array<ChangedEntry>, removed: Array<ChangedEntry>, changed: Array<ChangedEntry>, counts: ListDiffCounts, };

export type ChangedEntry = { entry: string, name: string, programs: Array<string>, };

/**
 * One party of a declaration and its current hits.
 */
export type PartyScreening = { party: ScreenedParty, items: Array<ReviewItem>, };

/**
 * A declaration's screening as its panel shows it.
 */
export type DraftScreening = { parties: Array<PartyScreening>, lists: Array<ListVersion>, missing: Array<ListKind>, newHits: number, 
/**
 * The saved revision's findings with the decisions as they are now: a true match decided a
 * moment ago is already its blocking error.
 */
findings: Array<Finding>, };

/**
 * One name screened (the command line's `screen --name`, the batch's lines).
 */
export type NameResult = { id: string, name: string, hits: Array<Hit>, };

/**
 * An import: the version stored, or why the files were refused (nothing was stored).
 */
export type ListImportOutcome = { "outcome": "imported", import: ListImport, } | { "outcome": "refused", code: string, messageEn: string, messageEs: string, };

/**
 * Bytes received of the download under way, and the size announced.
 */
export type DownloadProgress = { received: number, total: number | null, done: boolean, };

/** Sends one command over IPC; supplied by index.ts, the only module that talks to Tauri. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** Every error code, in the order Rust declares them. */
export const ERROR_CODES: readonly ErrorCode[] = [
  "database_unreadable",
  "database_too_new",
  "database_error",
  "stored_data_invalid",
  "draft_not_found",
  "revision_not_found",
  "conflict",
  "backup_target_exists",
  "backup_invalid",
  "reference_required",
  "reference_too_long",
  "reference_control_characters",
  "unknown_port",
  "unknown_time_zone",
  "crossing_time_skipped",
  "invalid_document",
  "author_name_invalid",
  "file_unreadable",
  "schedule_invalid",
  "schedule_already_imported",
  "download_failed",
  "trader_not_found",
  "trader_conflict",
  "trader_invalid",
  "file_too_large",
  "import_file_changed",
  "import_has_problems",
  "crossing_not_found",
  "crossing_conflict",
  "crossing_invalid",
  "declaration_in_crossing",
  "trip_number_taken",
  "event_not_found",
  "event_already_corrected",
  "wait_times_unreadable",
  "wait_times_url_invalid",
  "list_invalid",
  "list_version_not_found",
  "no_watchlists",
  "thresholds_invalid",
  "hit_not_found",
  "reason_required",
  "internal",
];

export const COMMAND_NAMES = [
  "get_app_info",
  "list_us_ports",
  "search_drafts",
  "get_draft",
  "create_draft",
  "save_draft",
  "duplicate_draft",
  "keep_as_copy",
  "undelete_draft",
  "set_draft_status",
  "delete_draft",
  "get_draft_views",
  "get_history",
  "compare_revisions",
  "restore_revision",
  "backup_database",
  "restore_database",
  "get_preferences",
  "set_language",
  "set_author_name",
  "set_area",
  "list_schedules",
  "import_schedule",
  "download_hts",
  "search_tariff",
  "search_traders",
  "get_trader",
  "save_trader",
  "get_trader_history",
  "add_evidence",
  "export_evidence",
  "preview_trader_import",
  "import_traders",
  "list_trader_alerts",
  "list_trader_rules",
  "get_fast_eligibility",
  "get_board",
  "get_crossing",
  "crossing_from_drafts",
  "create_crossing",
  "save_crossing",
  "record_event",
  "preview_event_import",
  "import_events",
  "get_clearance_figures",
  "export_clearance_figures",
  "get_wait_times",
  "refresh_wait_times",
  "get_wait_history",
  "set_wait_times_url",
  "get_watchlists",
  "get_list_changes",
  "import_list",
  "download_list",
  "get_list_download",
  "set_screening_thresholds",
  "screen_draft",
  "get_draft_screening",
  "screen_name",
  "screen_registry",
  "get_review_queue",
  "decide_hit",
  "get_party_history",
] as const;

/** One typed function per command. */
export function createCommands(invoke: Invoke) {
  return {
    getAppInfo: () => invoke<AppInfo>("get_app_info"),
    listUsPorts: () => invoke<Array<UsPort>>("list_us_ports"),
    searchDrafts: (query: DraftQuery) => invoke<DraftPage>("search_drafts", { query }),
    getDraft: (id: string) => invoke<CheckedDraft>("get_draft", { id }),
    createDraft: (header: HeaderInput) => invoke<CheckedDraft>("create_draft", { header }),
    saveDraft: (id: string, declaration: Declaration, expectedRevision: number) => invoke<SavedRevision>("save_draft", { id, declaration, expectedRevision }),
    duplicateDraft: (id: string, reference: string) => invoke<DraftSummary>("duplicate_draft", { id, reference }),
    keepAsCopy: (declaration: Declaration, reference: string) => invoke<DraftSummary>("keep_as_copy", { declaration, reference }),
    undeleteDraft: (id: string) => invoke<DraftSummary>("undelete_draft", { id }),
    setDraftStatus: (id: string, status: DraftStatus) => invoke<null>("set_draft_status", { id, status }),
    deleteDraft: (id: string) => invoke<null>("delete_draft", { id }),
    getDraftViews: (id: string, revision: number, window: LineWindow) => invoke<DraftViews>("get_draft_views", { id, revision, window }),
    getHistory: (id: string) => invoke<Array<RevisionInfo>>("get_history", { id }),
    compareRevisions: (id: string, from: number, to: number) => invoke<Array<FieldChange>>("compare_revisions", { id, from, to }),
    restoreRevision: (id: string, revision: number, expectedRevision: number) => invoke<CheckedDraft>("restore_revision", { id, revision, expectedRevision }),
    backupDatabase: (path: string) => invoke<null>("backup_database", { path }),
    restoreDatabase: (path: string) => invoke<null>("restore_database", { path }),
    getPreferences: () => invoke<Preferences>("get_preferences"),
    setLanguage: (language: Language) => invoke<null>("set_language", { language }),
    setAuthorName: (name: string) => invoke<null>("set_author_name", { name }),
    setArea: (area: string) => invoke<null>("set_area", { area }),
    listSchedules: () => invoke<Array<ScheduleSummary>>("list_schedules"),
    importSchedule: (kind: ScheduleKind, path: string, options: ImportOptions) => invoke<ScheduleSummary>("import_schedule", { kind, path, options }),
    downloadHts: () => invoke<ScheduleSummary>("download_hts"),
    searchTariff: (side: TariffSide, query: string, date: string | null) => invoke<Array<TariffHit>>("search_tariff", { side, query, date }),
    searchTraders: (query: TraderQuery) => invoke<SearchPage>("search_traders", { query }),
    getTrader: (id: string) => invoke<TraderDetail>("get_trader", { id }),
    saveTrader: (id: string | null, expectedRevision: number, record: TraderRecord) => invoke<TraderSaveOutcome>("save_trader", { id, expectedRevision, record }),
    getTraderHistory: (id: string) => invoke<Array<TraderRevisionInfo>>("get_trader_history", { id }),
    addEvidence: (path: string) => invoke<Evidence>("add_evidence", { path }),
    exportEvidence: (sha256: string, path: string) => invoke<null>("export_evidence", { sha256, path }),
    previewTraderImport: (path: string, kind: ImportKind, carrierId: string) => invoke<TraderPreviewOutcome>("preview_trader_import", { path, kind, carrierId }),
    importTraders: (path: string, kind: ImportKind, carrierId: string, sha256: string, skipRowsWithProblems: boolean) => invoke<TraderImportOutcome>("import_traders", { path, kind, carrierId, sha256, skipRowsWithProblems }),
    listTraderAlerts: (withinDays: number) => invoke<Array<Alert>>("list_trader_alerts", { withinDays }),
    listTraderRules: () => invoke<Array<DateRule>>("list_trader_rules"),
    getFastEligibility: (id: string, revision: number) => invoke<FastEligibility>("get_fast_eligibility", { id, revision }),
    getBoard: (filter: BoardFilter) => invoke<Board>("get_board", { filter }),
    getCrossing: (id: string) => invoke<CrossingDetail>("get_crossing", { id }),
    crossingFromDrafts: (draftIds: Array<string>) => invoke<CrossingDraftOutcome>("crossing_from_drafts", { draftIds }),
    createCrossing: (crossing: Crossing) => invoke<CrossingOutcome>("create_crossing", { crossing }),
    saveCrossing: (id: string, expectedRevision: number, crossing: Crossing) => invoke<CrossingOutcome>("save_crossing", { id, expectedRevision, crossing }),
    recordEvent: (id: string, event: EventInput) => invoke<CrossingOutcome>("record_event", { id, event }),
    previewEventImport: (path: string) => invoke<EventsPreviewOutcome>("preview_event_import", { path }),
    importEvents: (path: string, sha256: string, skipRowsWithProblems: boolean) => invoke<EventsImportOutcome>("import_events", { path, sha256, skipRowsWithProblems }),
    getClearanceFigures: (from: string, to: string) => invoke<Array<FigureRow>>("get_clearance_figures", { from, to }),
    exportClearanceFigures: (from: string, to: string, language: Language, path: string) => invoke<null>("export_clearance_figures", { from, to, language, path }),
    getWaitTimes: () => invoke<WaitTimes>("get_wait_times"),
    refreshWaitTimes: () => invoke<WaitTimes>("refresh_wait_times"),
    getWaitHistory: (portNumber: string, hours: number) => invoke<Array<WaitPoint>>("get_wait_history", { portNumber, hours }),
    setWaitTimesUrl: (url: string) => invoke<null>("set_wait_times_url", { url }),
    getWatchlists: () => invoke<ListsOverview>("get_watchlists"),
    getListChanges: (version: number) => invoke<ListChanges>("get_list_changes", { version }),
    importList: (kind: ListKind, paths: Array<string>) => invoke<ListImportOutcome>("import_list", { kind, paths }),
    downloadList: (kind: ListKind, url: string | null) => invoke<ListImportOutcome>("download_list", { kind, url }),
    getListDownload: () => invoke<DownloadProgress | null>("get_list_download"),
    setScreeningThresholds: (thresholds: Thresholds) => invoke<null>("set_screening_thresholds", { thresholds }),
    screenDraft: (id: string) => invoke<DraftScreening>("screen_draft", { id }),
    getDraftScreening: (id: string) => invoke<DraftScreening>("get_draft_screening", { id }),
    screenName: (name: string, country: string, rfc: string) => invoke<NameResult>("screen_name", { name, country, rfc }),
    screenRegistry: () => invoke<Rescreen>("screen_registry"),
    getReviewQueue: () => invoke<Array<ReviewItem>>("get_review_queue"),
    decideHit: (partyKey: string, list: ListKind, entry: string, outcome: ReviewOutcome, reason: string) => invoke<Decision>("decide_hit", { partyKey, list, entry, outcome, reason }),
    getPartyHistory: (key: string) => invoke<PartyHistory>("get_party_history", { key }),
  };
}

export type Commands = ReturnType<typeof createCommands>;
