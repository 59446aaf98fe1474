// What a field shows and what typing in it stores. Decimals stay strings (exact, as rust_decimal
// reads them), empty means "not given" (null), and text that is not yet a valid value is kept on
// screen with a message but not stored, so a save never carries a malformed number or date.
import type { MessageKey } from '../i18n/index.svelte';

export type FieldKind = 'text' | 'decimal' | 'integer' | 'date' | 'list' | 'boolean' | 'choice' | 'datetime';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: MessageKey };

export function show(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'list') return (value as string[]).join(', ');
  if (kind === 'boolean') return value ? 'true' : '';
  // A local time at the port, without its zone: "2026-11-30 14:05".
  if (kind === 'datetime') return ((value as { local: string }).local ?? '').slice(0, 16).replace('T', ' ');
  return String(value);
}

export function parse(kind: FieldKind, text: string): Parsed {
  const t = text.trim();
  switch (kind) {
    case 'text':
    case 'choice':
      return { ok: true, value: text };
    case 'boolean':
      return { ok: true, value: t === 'true' };
    case 'datetime': {
      // The zone is the crossing's; the field that stores the value adds it.
      if (!t) return { ok: true, value: null };
      const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(t);
      if (!m || !isRealDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) return { ok: false, error: 'input.datetime' };
      return { ok: true, value: { local: `${m[1]}T${m[2]}:${m[3]}:00`, zone: '' } };
    }
    case 'list':
      return { ok: true, value: t ? t.split(',').map((s) => s.trim()).filter(Boolean) : [] };
    case 'decimal': {
      if (!t) return { ok: true, value: null };
      // Both countries write 1,234.50: commas and spaces group thousands, the point is decimal.
      const plain = t.replace(/[,\s]/g, '');
      return /^-?\d+(\.\d+)?$/.test(plain) ? { ok: true, value: plain } : { ok: false, error: 'input.decimal' };
    }
    case 'integer': {
      if (!t) return { ok: true, value: null };
      const plain = t.replace(/[,\s]/g, '');
      return /^\d{1,9}$/.test(plain) ? { ok: true, value: Number(plain) } : { ok: false, error: 'input.integer' };
    }
    case 'date': {
      if (!t) return { ok: true, value: null };
      return isRealDate(t) ? { ok: true, value: t } : { ok: false, error: 'input.date' };
    }
  }
}

export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}
