// Names and formats the watchlist screens share.
import type { ListKind, ReviewOutcome, WordHow } from '../ipc';
import { lang, t, type MessageKey } from '../i18n/index.svelte';
import { LIST_NAMES } from './messages';

export function listName(kind: ListKind): string {
  return LIST_NAMES[lang()][kind] ?? kind;
}

export const OUTCOMES: readonly ReviewOutcome[] = ['falsePositive', 'trueMatch', 'escalated'];

export function outcomeLabel(o: ReviewOutcome): string {
  return t(`wl.decide.${o.toLowerCase()}` as MessageKey);
}

export function howLabel(h: WordHow): string {
  return t(`wl.how.${h.toLowerCase()}` as MessageKey);
}

/** A score as people read it: two decimals. */
export function score(s: number): string {
  return s.toFixed(2);
}

export function bytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
