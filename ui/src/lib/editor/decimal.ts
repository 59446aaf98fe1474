// Exact sums of decimal strings for the totals the editor shows (no binary floating point).

/** Sums decimal strings ("1234.50"); empty and null count as nothing. */
export function sumDecimals(values: Iterable<string | null | undefined>): string {
  let total = 0n;
  let scale = 0;
  for (const v of values) {
    if (!v) continue;
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(v);
    if (!m) continue;
    const frac = m[3] ?? '';
    if (frac.length > scale) {
      total *= 10n ** BigInt(frac.length - scale);
      scale = frac.length;
    }
    const units = BigInt(m[2] + frac.padEnd(scale, '0'));
    total += m[1] ? -units : units;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale ? `.${frac}` : ''}`;
}

/** A decimal string in the user's language, grouped, with at least `minDecimals` decimals. */
export function formatDecimal(value: string, locale: string, minDecimals = 0): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const frac = (m[3] ?? '').padEnd(minDecimals, '0');
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const point = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const whole = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${m[1]}${whole}${frac ? point + frac : ''}`;
}
