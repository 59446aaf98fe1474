// The lines grid's columns and the pure parts of its editing: empty lines, pasting a block of
// cells copied from a spreadsheet.
import type { Line, MetalOrigin } from '../ipc';
import type { MessageKey } from '../i18n/index.svelte';
import { parse, show, type FieldKind } from './convert';

/** A line's field as a grid column: its own, or one of its metal origin's. */
export type LineKey = Exclude<keyof Line, 'metal'> | `metal.${keyof MetalOrigin}`;

export interface Column {
  key: LineKey;
  label: MessageKey;
  kind: FieldKind;
  width: number;
  upper?: boolean;
  /** Summed in the footer. */
  total?: boolean;
}

export const COLUMNS: Column[] = [
  { key: 'description', label: 'l.description', kind: 'text', width: 240 },
  { key: 'hts', label: 'l.hts', kind: 'text', width: 118 },
  { key: 'fraccion', label: 'l.fraccion', kind: 'text', width: 96 },
  { key: 'nico', label: 'l.nico', kind: 'text', width: 52 },
  { key: 'usQuantity', label: 'l.usQuantity', kind: 'decimal', width: 88 },
  { key: 'usUnit', label: 'l.usUnit', kind: 'text', width: 64, upper: true },
  { key: 'usQuantity2', label: 'l.usQuantity2', kind: 'decimal', width: 88 },
  { key: 'usUnit2', label: 'l.usUnit2', kind: 'text', width: 64, upper: true },
  { key: 'mxQuantity', label: 'l.mxQuantity', kind: 'decimal', width: 88 },
  { key: 'mxUnit', label: 'l.mxUnit', kind: 'text', width: 52 },
  { key: 'mxTariffQuantity', label: 'l.mxTariffQuantity', kind: 'decimal', width: 88 },
  { key: 'mxTariffUnit', label: 'l.mxTariffUnit', kind: 'text', width: 52 },
  { key: 'grossKg', label: 'l.grossKg', kind: 'decimal', width: 88, total: true },
  { key: 'netKg', label: 'l.netKg', kind: 'decimal', width: 88, total: true },
  { key: 'packages', label: 'l.packages', kind: 'integer', width: 72, total: true },
  { key: 'packageKind', label: 'l.packageKind', kind: 'text', width: 72, upper: true },
  { key: 'invoiceNumber', label: 'l.invoiceNumber', kind: 'text', width: 100, upper: true },
  { key: 'value', label: 'l.value', kind: 'decimal', width: 104, total: true },
  { key: 'valueUsd', label: 'l.valueUsd', kind: 'decimal', width: 104, total: true },
  { key: 'countryOfOrigin', label: 'l.countryOfOrigin', kind: 'text', width: 56, upper: true },
  { key: 'originCriterion', label: 'l.originCriterion', kind: 'text', width: 56, upper: true },
  { key: 'manufacturerMid', label: 'l.manufacturerMid', kind: 'text', width: 150, upper: true },
  { key: 'additionalHts', label: 'l.additionalHts', kind: 'list', width: 160 },
  { key: 'metal.meltPour', label: 'l.meltPour', kind: 'text', width: 64, upper: true },
  { key: 'metal.primarySmelt', label: 'l.primarySmelt', kind: 'text', width: 64, upper: true },
  { key: 'metal.secondarySmelt', label: 'l.secondarySmelt', kind: 'text', width: 64, upper: true },
  { key: 'metal.cast', label: 'l.cast', kind: 'text', width: 64, upper: true },
  { key: 'igiRate', label: 'l.igiRate', kind: 'decimal', width: 64 },
];

/** The value of a cell. */
export function getCell(line: Line, key: LineKey): unknown {
  if (key.startsWith('metal.')) return line.metal[key.slice(6) as keyof MetalOrigin];
  return line[key as keyof Line];
}

/** Writes a cell; returns what it held. */
export function setCell(line: Line, key: LineKey, value: unknown): unknown {
  const before = getCell(line, key);
  if (key.startsWith('metal.')) line.metal[key.slice(6) as keyof MetalOrigin] = value as string;
  else (line as unknown as Record<string, unknown>)[key] = value;
  return before;
}

export function emptyLine(invoiceNumber = ''): Line {
  return {
    description: '',
    hts: '',
    fraccion: '',
    nico: '',
    usQuantity: null,
    usUnit: '',
    usQuantity2: null,
    usUnit2: '',
    mxQuantity: null,
    mxUnit: '',
    mxTariffQuantity: null,
    mxTariffUnit: '',
    grossKg: null,
    netKg: null,
    packages: null,
    packageKind: '',
    invoiceNumber,
    value: null,
    valueUsd: null,
    countryOfOrigin: '',
    originCriterion: '',
    manufacturerMid: '',
    additionalHts: [],
    metal: { meltPour: '', primarySmelt: '', secondarySmelt: '', cast: '' },
    igiRate: null,
  };
}

/** Typed text of a cell that is not a valid value yet, by path; shown but not stored. */
export type Pending = Record<string, { text: string; error: MessageKey }>;

export function cellPath(row: number, key: LineKey): string {
  return `lines[${row}].${key}`;
}

export function cellValue(column: Column, text: string): { ok: true; value: unknown } | { ok: false; error: MessageKey } {
  const parsed = parse(column.kind, text);
  if (parsed.ok && column.upper && typeof parsed.value === 'string') return { ok: true, value: parsed.value.toUpperCase() };
  if (parsed.ok && column.key === 'additionalHts') return { ok: true, value: (parsed.value as string[]).map((h) => h.toUpperCase()) };
  return parsed;
}

export function cellText(column: Column, line: Line): string {
  return show(column.kind, getCell(line, column.key));
}

/**
 * Writes a block copied from a spreadsheet (tab-separated columns, one row per line) starting at
 * a cell; adds lines as needed. Cells past the last column are dropped. Returns how many rows
 * the block had.
 */
export function pasteBlock(lines: Line[], pending: Pending, row: number, col: number, clip: string, newLine: () => Line): number {
  const rows = clip.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  rows.forEach((cells, r) => {
    const at = row + r;
    while (lines.length <= at) lines.push(newLine());
    cells.split('\t').forEach((text, c) => {
      const column = COLUMNS[col + c];
      if (!column) return;
      const path = cellPath(at, column.key);
      const parsed = cellValue(column, text);
      if (parsed.ok) {
        setCell(lines[at]!, column.key, parsed.value);
        delete pending[path];
      } else {
        pending[path] = { text, error: parsed.error };
      }
    });
  });
  return rows.length;
}

/** Rows below an insert (`by` 1) or a removal (`by` -1) at `from` move; so do the texts waiting
 * on them. A removed row's waiting texts go with it. */
export function shiftPending(pending: Pending, from: number, by: 1 | -1): Pending {
  const next: Pending = {};
  for (const [path, value] of Object.entries(pending)) {
    const m = /^lines\[(\d+)\]\.(.+)$/.exec(path);
    if (!m) continue;
    const row = Number(m[1]);
    if (by < 0 && row === from) continue;
    next[row >= from ? `lines[${row + by}].${m[2]}` : path] = value;
  }
  return next;
}

/** Rows drawn to show `viewport` pixels from `top`: those in view and a few either side, so a
 * scroll step or a held arrow key never shows an empty gap. */
export const OVERSCAN = 8;

export function rowsInView(top: number, viewport: number, rowHeight: number, count: number): { first: number; last: number } {
  return {
    first: Math.max(0, Math.floor(top / rowHeight) - OVERSCAN),
    last: Math.min(count, Math.ceil((top + viewport) / rowHeight) + OVERSCAN),
  };
}
