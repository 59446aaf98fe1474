// The lines grid's footer totals and the line values per invoice, as exact decimal text. Kept up
// to date by difference on each edit (O(1) per keystroke) and recomputed in one pass only when
// lines are added, removed, pasted or moved between invoices: tracking 1,000 lines field by field
// made every keystroke pay for 6,000 reactive reads.
import type { Line } from '../ipc';
import { sumDecimals } from './decimal';

const negate = (v: string) => (v.startsWith('-') ? v.slice(1) : `-${v}`);

export class GridTotals {
  /** Per summed column key, the column's total. */
  totals = $state<Record<string, string>>({});
  /** Per invoice number, the sum of its lines' values. */
  perInvoice = $state<Record<string, string>>({});

  constructor(private readonly keys: readonly (keyof Line)[]) {}

  /** Every total again from the lines (run untracked: it reads every line). */
  recompute(lines: readonly Line[]): void {
    const next: Record<string, string[]> = Object.fromEntries(this.keys.map((k) => [k, []]));
    const invoice: Record<string, string[]> = {};
    for (const line of lines) {
      for (const key of this.keys) {
        const v = line[key];
        if (v !== null && v !== '') next[key]!.push(String(v));
      }
      if (line.value) (invoice[line.invoiceNumber] ??= []).push(line.value);
    }
    this.totals = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, sumDecimals(v)]));
    this.perInvoice = Object.fromEntries(Object.entries(invoice).map(([k, v]) => [k, sumDecimals(v)]));
  }

  /** One cell changed from `before` to `after`: move its column's total (and its invoice's) by the difference. */
  adjust(key: string, before: unknown, after: unknown, invoiceNumber: string): void {
    const delta = [before === null || before === '' ? null : negate(String(before)), after === null ? null : String(after)];
    this.totals[key] = sumDecimals([this.totals[key] ?? '0', ...delta]);
    if (key === 'value') this.perInvoice[invoiceNumber] = sumDecimals([this.perInvoice[invoiceNumber] ?? '0', ...delta]);
  }
}
