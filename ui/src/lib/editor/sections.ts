// The editor's sections and fields, as data: each field names its path in the declaration (the
// same path findings and diffs use), its label and how it is typed. One renderer draws them all.
import type { Contact, Conveyance, Direction, Invoice, LinkedDocument, UsmcaCertification } from '../ipc';
import type { MessageKey } from '../i18n/index.svelte';
import type { FieldKind } from './convert';

export type Width = 'xs' | 's' | 'm' | 'l';

export interface FieldSpec {
  path: string;
  label: MessageKey;
  kind?: FieldKind;
  width?: Width;
  /** Letters are stored in capitals (codes, identifiers). */
  upper?: boolean;
  /** A short hint under the field. */
  hint?: MessageKey;
  /** The values a `choice` field offers. */
  options?: { value: string; label: MessageKey }[];
  /** Label and hint for southbound crossings, where the party plays another role. */
  south?: { label: MessageKey; hint?: MessageKey };
}

export interface GroupSpec {
  title: MessageKey;
  /** Paths relative to the declaration, or to each item when `list` is set. */
  fields: FieldSpec[];
  /** A list of like items (invoices, trailers), added and removed by the user. */
  list?: { path: string; item: MessageKey; add: MessageKey; make: () => unknown };
  /** Shown only for crossings this way: the U.S. entry northbound, the U.S. export southbound. */
  only?: Direction;
  /** Title for southbound crossings, where the group's party plays another role. */
  southTitle?: MessageKey;
}

export type SectionId = 'shipment' | 'parties' | 'transport' | 'commercial' | 'regime' | 'usmca' | 'documents' | 'lines';

export const SECTION_IDS: SectionId[] = ['shipment', 'parties', 'transport', 'commercial', 'regime', 'usmca', 'documents', 'lines'];

const address = (p: string): FieldSpec[] => [
  { path: `${p}.address.street`, label: 'f.street', width: 'l' },
  { path: `${p}.address.city`, label: 'f.city' },
  { path: `${p}.address.state`, label: 'f.state', width: 's' },
  { path: `${p}.address.postalCode`, label: 'f.postalCode', width: 's' },
  { path: `${p}.address.country`, label: 'f.country', width: 'xs', upper: true },
];

const name = (p: string): FieldSpec => ({ path: `${p}.name`, label: 'f.name', width: 'l' });

export const PARTY_GROUPS: GroupSpec[] = [
  { title: 'g.exporter', fields: [name('parties.exporter'), ...address('parties.exporter')] },
  {
    title: 'g.usImporter',
    southTitle: 'g.usppi',
    fields: [
      name('parties.usImporter'),
      {
        path: 'parties.usImporter.importerNumber',
        label: 'f.importerNumber',
        upper: true,
        hint: 'f.importerNumber.hint',
        south: { label: 'f.usppiId', hint: 'f.usppiId.hint' },
      },
      ...address('parties.usImporter'),
    ],
  },
  { title: 'g.ultimateConsignee', fields: [name('parties.ultimateConsignee'), ...address('parties.ultimateConsignee')] },
  {
    title: 'g.mexicanParty',
    fields: [
      name('parties.mexicanParty'),
      { path: 'parties.mexicanParty.rfc', label: 'f.rfc', upper: true, width: 's' },
      { path: 'parties.mexicanParty.curp', label: 'f.curp', upper: true },
      ...address('parties.mexicanParty'),
    ],
  },
  {
    title: 'g.manufacturer',
    only: 'northbound',
    fields: [name('parties.manufacturer'), { path: 'parties.manufacturer.mid', label: 'f.mid', upper: true }, ...address('parties.manufacturer')],
  },
  {
    title: 'g.brokers',
    fields: [
      { path: 'parties.usBroker.name', label: 'f.usBroker', width: 'l' },
      { path: 'parties.usBroker.filerCode', label: 'f.filerCode', upper: true, width: 'xs' },
      { path: 'parties.mexicanBroker.name', label: 'f.mexicanBroker', width: 'l' },
      { path: 'parties.mexicanBroker.patente', label: 'f.patente', width: 'xs' },
    ],
  },
  {
    title: 'g.carrier',
    fields: [
      name('parties.carrier'),
      { path: 'parties.carrier.scac', label: 'f.scac', upper: true, width: 'xs' },
      { path: 'parties.carrier.caat', label: 'f.caat', upper: true, width: 's' },
      ...address('parties.carrier'),
    ],
  },
  {
    title: 'g.driver',
    fields: [
      name('parties.driver'),
      { path: 'parties.driver.fastCard', label: 'f.fastCard', upper: true },
      { path: 'parties.driver.aceId', label: 'f.aceId', upper: true },
    ],
  },
];

const emptyConveyance = (): Conveyance => ({ vin: '', number: '', plate: '', plateState: '', plateCountry: '' });

export const TRANSPORT_GROUPS: GroupSpec[] = [
  {
    title: 'g.route',
    fields: [
      { path: 'transport.crossing', label: 'f.crossing', width: 's', hint: 'f.crossing.hint' },
      { path: 'transport.aduana', label: 'f.aduana', width: 's', hint: 'f.aduana.hint' },
      { path: 'transport.placeOfLoading', label: 'f.placeOfLoading' },
      { path: 'transport.tripNumber', label: 'f.tripNumber', upper: true },
      { path: 'transport.shipmentControlNumber', label: 'f.scn', upper: true },
      { path: 'transport.seals', label: 'f.seals', kind: 'list', width: 'l', upper: true, hint: 'f.seals.hint' },
    ],
  },
  {
    title: 'g.truck',
    fields: [
      { path: 'transport.truck.vin', label: 'f.vin', upper: true, width: 'l' },
      { path: 'transport.truck.number', label: 'f.unitNumber', upper: true, width: 's' },
      { path: 'transport.truck.plate', label: 'f.plate', upper: true, width: 's' },
      { path: 'transport.truck.plateState', label: 'f.plateState', upper: true, width: 'xs' },
      { path: 'transport.truck.plateCountry', label: 'f.plateCountry', upper: true, width: 'xs' },
    ],
  },
  {
    title: 'g.trailers',
    list: { path: 'transport.trailers', item: 'g.trailer', add: 'g.trailer.add', make: emptyConveyance },
    fields: [
      { path: 'number', label: 'f.equipmentNumber', upper: true },
      { path: 'plate', label: 'f.plate', upper: true, width: 's' },
      { path: 'plateState', label: 'f.plateState', upper: true, width: 'xs' },
      { path: 'plateCountry', label: 'f.plateCountry', upper: true, width: 'xs' },
    ],
  },
];

const emptyInvoice = (): Invoice => ({
  number: '',
  date: null,
  currency: 'USD',
  incoterm: '',
  total: null,
  usdPerUnit: null,
  cfdiUuid: '',
  cove: '',
  charges: { freight: null, insurance: null, other: null },
});

export const COMMERCIAL_GROUPS: GroupSpec[] = [
  {
    title: 'g.invoices',
    list: { path: 'commercial.invoices', item: 'g.invoice', add: 'g.invoice.add', make: emptyInvoice },
    fields: [
      { path: 'number', label: 'f.invoiceNumber', upper: true },
      { path: 'date', label: 'f.invoiceDate', kind: 'date', width: 's' },
      { path: 'currency', label: 'f.currency', upper: true, width: 'xs' },
      { path: 'incoterm', label: 'f.incoterm', upper: true, width: 'xs' },
      { path: 'total', label: 'f.invoiceTotal', kind: 'decimal', width: 's' },
      { path: 'usdPerUnit', label: 'f.usdPerUnit', kind: 'decimal', width: 's' },
      { path: 'cfdiUuid', label: 'f.cfdiUuid', upper: true, width: 'l' },
      { path: 'cove', label: 'f.cove', upper: true },
      { path: 'charges.freight', label: 'f.invoiceFreight', kind: 'decimal', width: 's' },
      { path: 'charges.insurance', label: 'f.invoiceInsurance', kind: 'decimal', width: 's' },
      { path: 'charges.other', label: 'f.invoiceOther', kind: 'decimal', width: 's', hint: 'f.invoiceCharges.hint' },
    ],
  },
  {
    title: 'g.exchangeRate',
    fields: [
      { path: 'commercial.exchangeRate.mxnPerUsd', label: 'f.mxnPerUsd', kind: 'decimal', width: 's', hint: 'f.mxnPerUsd.hint' },
      { path: 'commercial.exchangeRate.date', label: 'f.rateDate', kind: 'date', width: 's' },
      { path: 'commercial.exchangeRate.source', label: 'f.rateSource', width: 's' },
    ],
  },
  {
    title: 'g.charges',
    fields: [
      { path: 'commercial.charges.freightUsd', label: 'f.freightUsd', kind: 'decimal', width: 's' },
      { path: 'commercial.charges.insuranceUsd', label: 'f.insuranceUsd', kind: 'decimal', width: 's' },
      { path: 'commercial.charges.otherUsd', label: 'f.otherUsd', kind: 'decimal', width: 's' },
    ],
  },
];

export const REGIME_GROUPS: GroupSpec[] = [
  {
    title: 'g.usEntry',
    only: 'northbound',
    fields: [
      { path: 'regime.usEntryType', label: 'f.usEntryType', width: 'xs', hint: 'f.usEntryType.hint' },
      { path: 'regime.usEntryNumber', label: 'f.usEntryNumber', upper: true, hint: 'f.usEntryNumber.hint' },
    ],
  },
  {
    title: 'g.usExport',
    only: 'southbound',
    fields: [
      { path: 'regime.usExport.itn', label: 'f.itn', upper: true, hint: 'f.itn.hint' },
      { path: 'regime.usExport.exemption', label: 'f.eeiExemption', upper: true, hint: 'f.eeiExemption.hint' },
      { path: 'regime.usExport.licenceRequired', label: 'f.licenceRequired', kind: 'boolean' },
    ],
  },
  {
    title: 'g.pedimento',
    fields: [
      { path: 'regime.clavePedimento', label: 'f.clavePedimento', upper: true, width: 'xs' },
      { path: 'regime.regimen', label: 'f.regimen', upper: true, width: 'xs' },
      { path: 'regime.pedimentoNumber', label: 'f.pedimentoNumber', hint: 'f.pedimentoNumber.hint' },
      { path: 'regime.clearanceAduana', label: 'f.clearanceAduana', width: 's', hint: 'f.clearanceAduana.hint' },
    ],
  },
];

/** The kinds of linked document (the core catalog's codes, in its order). */
export const DOCUMENT_KINDS = ['fda_prior_notice', 'foreign_phyto', 'aphis_permit', 'usda_phyto', 'senasica_import', 'other'] as const;

const emptyDocument = (): LinkedDocument => ({ kind: '', number: '', issued: null });

export const DOCUMENT_GROUPS: GroupSpec[] = [
  {
    title: 'g.documents',
    list: { path: 'documents', item: 'g.document', add: 'g.document.add', make: emptyDocument },
    fields: [
      {
        path: 'kind',
        label: 'f.documentKind',
        kind: 'choice',
        width: 'l',
        options: DOCUMENT_KINDS.map((k) => ({ value: k, label: `doc.${k}` as MessageKey })),
      },
      { path: 'number', label: 'f.documentNumber', upper: true },
      { path: 'issued', label: 'f.documentIssued', kind: 'datetime', hint: 'f.documentIssued.hint' },
    ],
  },
];

const contact = (p: string, title: MessageKey): GroupSpec => ({
  title,
  fields: [
    { path: `${p}.name`, label: 'f.name', width: 'l' },
    { path: `${p}.title`, label: 'f.contactTitle' },
    { path: `${p}.phone`, label: 'f.phone', width: 's' },
    { path: `${p}.email`, label: 'f.email' },
    ...address(p),
  ],
});

export const USMCA_GROUPS: GroupSpec[] = [
  {
    title: 'g.certification',
    fields: [
      { path: 'usmca.certifierRole', label: 'f.certifierRole', width: 's', hint: 'f.certifierRole.hint' },
      { path: 'usmca.blanketFrom', label: 'f.blanketFrom', kind: 'date', width: 's' },
      { path: 'usmca.blanketTo', label: 'f.blanketTo', kind: 'date', width: 's' },
      { path: 'usmca.signedBy', label: 'f.signedBy' },
      { path: 'usmca.signedOn', label: 'f.signedOn', kind: 'date', width: 's' },
    ],
  },
  contact('usmca.certifier', 'g.certifier'),
  contact('usmca.exporter', 'g.usmcaExporter'),
  contact('usmca.producer', 'g.producer'),
  contact('usmca.importer', 'g.usmcaImporter'),
];

const emptyContact = (): Contact => ({
  name: '',
  title: '',
  phone: '',
  email: '',
  address: { street: '', city: '', state: '', postalCode: '', country: '' },
});

export function emptyUsmca(): UsmcaCertification {
  return {
    certifierRole: '',
    certifier: emptyContact(),
    exporter: emptyContact(),
    producer: emptyContact(),
    importer: emptyContact(),
    blanketFrom: null,
    blanketTo: null,
    signedBy: '',
    signedOn: null,
  };
}

/** The section a field path belongs to (for findings and jump-to-field). */
export function sectionOf(path: string): SectionId {
  if (path.startsWith('lines')) return 'lines';
  if (path.startsWith('parties')) return 'parties';
  if (path.startsWith('commercial')) return 'commercial';
  if (path.startsWith('regime')) return 'regime';
  if (path.startsWith('usmca')) return 'usmca';
  if (path.startsWith('documents')) return 'documents';
  if (path === 'transport.usPort' || path === 'transport.estimatedArrival' || !path.includes('.')) return 'shipment';
  return 'transport';
}

/** Every group of fields drawn from descriptors, in the editor's order. */
export const GROUPS: GroupSpec[] = [...PARTY_GROUPS, ...TRANSPORT_GROUPS, ...COMMERCIAL_GROUPS, ...REGIME_GROUPS, ...USMCA_GROUPS, ...DOCUMENT_GROUPS];

/** The shipment section's own fields (drawn by the editor, not from descriptors) and their names. */
export const SHIPMENT_FIELDS: Record<string, MessageKey> = {
  reference: 'field.reference',
  direction: 'field.direction',
  'transport.usPort': 'field.port',
  'transport.estimatedArrival': 'list.col.crossing',
};
export const SHIPMENT_PATHS = Object.keys(SHIPMENT_FIELDS);

/**
 * The field a finding about `path` is shown on: the field itself, or the first field inside the
 * part it names ("parties.exporter.address" → its street; "lines[3]" → that line's description).
 * Undefined when nothing on screen holds it (an empty list, USMCA not claimed).
 */
export function anchorOf(path: string, doc: { lines: unknown[] } & Record<string, unknown>): string | undefined {
  const line = /^lines\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (line) {
    if (Number(line[1]) >= doc.lines.length) return undefined;
    return `lines[${line[1]}].${line[2] ? lineColumnOf(line[2]) : 'description'}`;
  }
  for (const p of SHIPMENT_PATHS) if (p === path) return p;
  for (const g of GROUPS) {
    if (g.list) {
      const items = (path.startsWith(g.list.path) ? (getItems(doc, g.list.path) ?? []) : []) as unknown[];
      for (let i = 0; i < items.length; i++) {
        for (const f of g.fields) {
          const full = `${g.list.path}[${i}].${f.path}`;
          if (full === path || full.startsWith(`${path}.`) || full.startsWith(`${path}[`)) return full;
        }
      }
    } else {
      if (g.fields.some((f) => f.path.startsWith('usmca')) && doc.usmca === null) continue;
      for (const f of g.fields) {
        if (f.path === path || f.path.startsWith(`${path}.`)) return f.path;
      }
    }
  }
  return undefined;
}

/** The grid column showing a line's field: "additionalHts[1]" is in the chapter 99 column,
 * "metal" starts at melt and pour. */
export function lineColumnOf(field: string): string {
  const name = field.replace(/\[\d+\]$/, '');
  return name === 'metal' ? 'metal.meltPour' : name;
}

function getItems(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}
