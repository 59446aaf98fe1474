// What every field of the open editor can read without passing it down: findings by path.
import { getContext, setContext } from 'svelte';
import type { Finding } from '../ipc';

export interface EditorContext {
  /** Findings about exactly this path. */
  findingsAt(path: string): Finding[];
  /** A field holds typed text that is not a valid value (so it is not saved) — or no longer. */
  setInvalid(path: string, invalid: boolean): void;
  /** The time zone of the planned crossing: a time typed for the same shipment is in it. */
  zone(): string;
}

const KEY = Symbol('editor');

export function provideEditor(ctx: EditorContext): void {
  setContext(KEY, ctx);
}

export function editor(): EditorContext {
  return getContext<EditorContext>(KEY) ?? { findingsAt: () => [], setInvalid: () => {}, zone: () => 'America/Chicago' };
}
