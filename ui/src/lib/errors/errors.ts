// What the UI does with each error code: the message to show and the field it belongs to.
import type { ErrorCode } from '../ipc';
import type { MessageKey } from '../i18n/index.svelte';

/** The translated message key for a code. The template type makes a missing message a type error. */
export function errorKey(code: ErrorCode): MessageKey {
  const key: `error.${ErrorCode}` = `error.${code}`;
  return key;
}

export type HeaderField = 'reference' | 'port' | 'crossing';

/** The editor field an error is about, or undefined when it concerns the whole draft. */
export function fieldFor(code: ErrorCode): HeaderField | undefined {
  switch (code) {
    case 'reference_required':
    case 'reference_too_long':
    case 'reference_control_characters':
      return 'reference';
    case 'unknown_port':
      return 'port';
    case 'unknown_time_zone':
    case 'crossing_time_skipped':
      return 'crossing';
    default:
      return undefined;
  }
}
