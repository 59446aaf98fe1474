// Dates and times in the user's language. Instants (timestamps) are shown in the computer's zone;
// planned crossings are wall-clock times at the port and are shown exactly as entered.
import { locales, type Lang } from './i18n/index.svelte';

/** A stored instant ("2026-11-23T16:00:00Z") in the computer's time zone. */
export function formatInstant(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A wall-clock time without zone ("2026-12-01T09:30:00"), formatted without shifting it. */
export function formatLocal(local: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return local;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(asUtc);
}

/** A calendar day ("2026-01-01") in the user's language, without shifting it. */
export function formatDay(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const asUtc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(asUtc);
}
