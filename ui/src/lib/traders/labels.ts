// What the registry's codes are called on screen, and the small pieces of logic the area's
// components share (a new record of each kind, the problems of one field).
import type { MessageKey } from '../i18n/index.svelte';
import type { AlertKind, Company, Equipment, Program, RecordProblem, RegistryDriver, TraderKind, TraderRecord } from '../ipc';

export const PROGRAMS: readonly Program[] = ['ctpat', 'mxIvaIeps', 'mxOea', 'mxScc', 'mra'];

/** The role (C-TPAT business entity type) or rubro each program takes, as RGCE and CBP name them. */
export const RUBROS: Record<Program, readonly string[]> = {
  ctpat: [
    'importer',
    'exporter',
    'us-highway-carrier',
    'mexican-highway-carrier',
    'mexican-long-haul-carrier',
    'mexican-manufacturer',
    'customs-broker',
    'third-party-logistics',
    'consolidator',
  ],
  mxIvaIeps: ['A', 'AA', 'AAA'],
  mxOea: ['importador-exportador', 'controladora', 'aeronaves', 'textil', 'recinto-fiscalizado-estrategico', 'sector-automotriz'],
  mxScc: [
    'autotransportista-terrestre',
    'agente-aduanal',
    'agencia-aduanal',
    'transportista-ferroviario',
    'parque-industrial',
    'recinto-fiscalizado',
    'mensajeria-paqueteria',
  ],
  mra: [],
};

export const programKey = (p: Program): MessageKey => `program.${p}`;

export function alertKey(kind: AlertKind): MessageKey {
  if (kind === 'expired') return 'alert.expired';
  if (kind === 'suspended') return 'alert.suspended';
  if (kind === 'licenceExpiry') return 'alert.licenceExpiry';
  return `due.${kind.due}`;
}

export const address = () => ({ street: '', city: '', state: '', postalCode: '', country: '' });

export function newCompany(): Company {
  return {
    name: '',
    roles: [],
    country: '',
    address: address(),
    ids: { rfc: '', importerNumber: '', mid: '', scac: '', caat: '', filerCode: '', patente: '' },
    memberships: [],
    notes: '',
    archived: false,
  };
}

export function newDriver(carrierId = ''): RegistryDriver {
  return {
    name: '',
    nationality: '',
    carrierId,
    fastCard: { passid: '', expiresOn: null },
    aceId: '',
    licenceNumber: '',
    licenceIssuer: '',
    licenceExpiresOn: null,
    archived: false,
  };
}

export function newEquipment(carrierId = ''): Equipment {
  return { kind: 'tractor', number: '', carrierId, plate: '', plateState: '', plateCountry: '', vin: '', transponder: '', archived: false };
}

export function newRecord(kind: TraderKind): TraderRecord {
  if (kind === 'company') return { kind: 'company', record: newCompany() };
  if (kind === 'driver') return { kind: 'driver', record: newDriver() };
  return { kind: 'equipment', record: newEquipment() };
}

/** The record's name as lists show it. */
export function titleOf(r: TraderRecord): string {
  if (r.kind === 'equipment') return `${r.record.number} ${r.record.plate}`.trim();
  return r.record.name;
}

/** The problems of one field (its path, or anything under it). */
export function problemsAt(problems: readonly RecordProblem[], path: string): RecordProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

/** A FAST card left empty is no card: stored as null, never as a card without a number. */
export function withoutEmptyCard(d: RegistryDriver): RegistryDriver {
  const card = d.fastCard;
  return card && !card.passid.trim() && !card.expiresOn ? { ...d, fastCard: null } : d;
}

/** Days from `today` as the user reads them. */
export function daysText(days: number, t: (k: MessageKey, p?: Record<string, string | number>) => string): string {
  if (days === 0) return t('alerts.today');
  return days > 0 ? t('alerts.daysLeft', { n: days }) : t('alerts.overdue', { n: -days });
}
