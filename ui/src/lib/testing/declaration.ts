// A complete, empty declaration for component tests (the shape the backend sends).
import type { Address, CheckedDraft, Declaration, Draft, Finding, SavedRevision } from '../ipc';

const address = (): Address => ({ street: '', city: '', state: '', postalCode: '', country: '' });
const party = () => ({ name: '', address: address() });
const conveyance = () => ({ vin: '', number: '', plate: '', plateState: '', plateCountry: '' });

export function emptyDeclaration(reference = 'LRD-1'): Declaration {
  return {
    schemaVersion: 1,
    reference,
    direction: 'northbound',
    parties: {
      exporter: party(),
      usImporter: { ...party(), importerNumber: '' },
      ultimateConsignee: party(),
      mexicanParty: { ...party(), rfc: '', curp: '' },
      manufacturer: { ...party(), mid: '' },
      usBroker: { name: '', filerCode: '' },
      mexicanBroker: { name: '', patente: '' },
      carrier: { ...party(), scac: '', caat: '' },
      driver: { name: '', fastCard: '', aceId: '' },
    },
    transport: {
      usPort: '2304',
      crossing: '',
      aduana: '',
      truck: conveyance(),
      trailers: [],
      seals: [],
      tripNumber: '',
      shipmentControlNumber: '',
      placeOfLoading: '',
      estimatedArrival: null,
    },
    commercial: {
      invoices: [],
      exchangeRate: { mxnPerUsd: null, date: null, source: '' },
      charges: { freightUsd: null, insuranceUsd: null, otherUsd: null },
    },
    regime: {
      usEntryType: '',
      usEntryNumber: '',
      usExport: { itn: '', exemption: '', licenceRequired: false },
      clavePedimento: '',
      regimen: '',
      pedimentoNumber: '',
      clearanceAduana: '',
      usmcaClaimed: false,
    },
    usmca: null,
    lines: [],
    documents: [],
    trusted: { fastLane: false, carrier: null, importer: null, manufacturer: null, driver: null, truck: null },
  };
}

export function draftOf(declaration: Declaration, revision = 1): Draft {
  return {
    id: 'd1',
    revision,
    status: 'draft',
    isDemo: false,
    createdAt: '2026-11-23T16:00:00Z',
    updatedAt: '2026-11-23T16:00:00Z',
    declaration,
  };
}

/** What `get_draft`, `create_draft` and `restore_revision` answer: the draft and its findings. */
export function checkedOf(declaration: Declaration, revision = 1, findings: Finding[] = []): CheckedDraft {
  return { draft: draftOf(declaration, revision), findings };
}

/** What `save_draft` answers. */
export function savedOf(revision: number, findings: Finding[] = []): SavedRevision {
  return { revision, updatedAt: '2026-11-23T16:00:05Z', findings };
}
