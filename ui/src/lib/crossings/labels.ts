// What the Crossings screens compute from the data: the letter each event is recorded with, how
// a countdown and a wait read, and times shown at the crossing's port.
import type { EventKind, LaneReading } from '../ipc';
import { locales, type Lang } from '../i18n/index.svelte';

/** The letter that records each event from the board's menu (E, then the letter). Stable, so
 * hands learn them: g green, r red, b booth, u UCP, s secondary, l released, c cleared… */
export const EVENT_KEYS: Record<EventKind, string> = {
  emanifestFiled: 'f',
  emanifestAccepted: 'a',
  emanifestRejected: 'j',
  entryOnFile: 'n',
  pedimentoPaid: 'p',
  dodaGenerated: 'd',
  mxSelectionGreen: 'g',
  mxSelectionRed: 'r',
  mxExamReleased: 'm',
  mxExamHeld: 'o',
  arrivedUsBooth: 'b',
  ucpJointInspection: 'u',
  secondaryExam: 's',
  released: 'l',
  held: 'h',
  refused: 'x',
  returned: 't',
  cleared: 'c',
  cancelled: 'z',
};

export const EVENT_KINDS = Object.keys(EVENT_KEYS) as EventKind[];

/** The event a letter stands for among `offered`. */
export function eventForKey(key: string, offered: readonly EventKind[]): EventKind | undefined {
  const k = key.toLowerCase();
  return offered.find((e) => EVENT_KEYS[e] === k);
}

/** "1 h 05 min", "12 min", "45 s". */
export function duration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** A countdown to the second: "1:04:09", "12:05". */
export function clock(seconds: number): string {
  const s = Math.abs(Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Seconds from `now` (ms) to the ISO instant `due`. */
export function secondsUntil(due: string, now: number): number {
  return Math.floor((Date.parse(due) - now) / 1000);
}

/** An instant as the dispatcher at the port reads it. */
export function atPort(iso: string, zone: string | null, lang: Lang, withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone: zone ?? undefined }
    : { timeStyle: 'short', timeZone: zone ?? undefined };
  try {
    return new Intl.DateTimeFormat(locales[lang], options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

/** The minutes of a lane, or null without a reading. */
export function laneMinutes(l: LaneReading): number | null {
  return l.state === 'open' ? l.delayMinutes : null;
}

/** A time typed at the port, as an instant, or why it is not one. */
export type PortTime = { instant: string } | { problem: 'format' | 'skipped' | 'ambiguous' };

function wallOf(t: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** A local wall-clock time typed at the port ("2026-12-01T09:40") as a UTC instant. A time the
 * clocks skip (spring forward) or repeat (fall back) is not guessed: it is a problem to say, as
 * the events import says it. */
export function portLocalToInstant(local: string, zone: string | null): PortTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return { problem: 'format' };
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (!zone) return { instant: new Date(wall).toISOString() };
  // Every instant within a day of the wall time whose clock at the port reads that time.
  const candidates: number[] = [];
  for (let offset = -14; offset <= 14; offset++) {
    const t = wall - offset * 3600 * 1000;
    if (wallOf(t, zone) === wall) candidates.push(t);
  }
  for (const half of [-30, 30, -45, 45]) {
    for (let offset = -14; offset <= 14; offset++) {
      const t = wall - offset * 3600 * 1000 - half * 60 * 1000;
      if (wallOf(t, zone) === wall && !candidates.includes(t)) candidates.push(t);
    }
  }
  if (candidates.length === 0) return { problem: 'skipped' };
  if (candidates.length > 1) return { problem: 'ambiguous' };
  return { instant: new Date(candidates[0]!).toISOString() };
}

/** An instant as the wall-clock time at the port, as typed in the event form ("2026-12-01 09:40"). */
export function instantToPortLocal(iso: string, zone: string | null): string {
  const t = Date.parse(iso);
  const wall = zone ? wallOf(t, zone) : t;
  return new Date(wall).toISOString().slice(0, 16).replace('T', ' ');
}
