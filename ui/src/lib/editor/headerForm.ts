// The editor's form model and its conversion to and from the header the backend validates.
// Only shape checks happen here (is the date written as a date?); the rules live in Rust.
import type { Direction, HeaderInput, PlannedCrossing } from '../ipc';
import type { MessageKey } from '../i18n/index.svelte';
import { isRealDate } from './convert';

export interface HeaderForm {
  reference: string;
  direction: Direction;
  port: string; // '' = not chosen
  date: string; // YYYY-MM-DD or ''
  time: string; // HH:MM or ''
  zone: string; // IANA zone
}

export const DEFAULT_ZONE = 'America/Chicago';

/** Time zones offered for a crossing: the U.S. ports' zones, then Mexico's border zones. */
export const BORDER_ZONES = [
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Matamoros',
  'America/Monterrey',
  'America/Ciudad_Juarez',
  'America/Hermosillo',
  'America/Tijuana',
] as const;

export function emptyForm(): HeaderForm {
  return { reference: '', direction: 'northbound', port: '', date: '', time: '', zone: DEFAULT_ZONE };
}

/** The header fields as they sit inside a declaration (any `Declaration` fits). */
export interface HeaderFields {
  reference: string;
  direction: Direction;
  transport: { usPort: string; estimatedArrival: PlannedCrossing | null };
}

export function formFromDeclaration(d: HeaderFields): HeaderForm {
  const crossing = d.transport.estimatedArrival;
  const local = crossing?.local ?? '';
  return {
    reference: d.reference,
    direction: d.direction,
    port: d.transport.usPort,
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    zone: crossing?.zone ?? DEFAULT_ZONE,
  };
}

export type FormResult = { ok: true; input: HeaderInput } | { ok: false; crossing: MessageKey };

function isTime(time: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

/** Builds the backend's input, or says what is wrong with the crossing date and time. */
export function headerFromForm(form: HeaderForm): FormResult {
  const date = form.date.trim();
  const time = form.time.trim();
  let plannedCrossing: HeaderInput['plannedCrossing'] = null;
  if (date || time) {
    if (!date || !time) return { ok: false, crossing: 'crossing.incomplete' };
    if (!isRealDate(date)) return { ok: false, crossing: 'crossing.badDate' };
    if (!isTime(time)) return { ok: false, crossing: 'crossing.badTime' };
    plannedCrossing = { local: `${date}T${time}:00`, zone: form.zone };
  }
  return {
    ok: true,
    input: {
      reference: form.reference,
      direction: form.direction,
      portOfEntry: form.port === '' ? null : form.port,
      plannedCrossing,
    },
  };
}

/** Whether two forms would save the same header (used for the "unsaved changes" state). */
export function sameForm(a: HeaderForm, b: HeaderForm): boolean {
  return (
    a.reference.trim() === b.reference.trim() &&
    a.direction === b.direction &&
    a.port === b.port &&
    a.date.trim() === b.date.trim() &&
    a.time.trim() === b.time.trim() &&
    ((a.date.trim() === '' && a.time.trim() === '') || a.zone === b.zone)
  );
}
