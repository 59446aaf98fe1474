import { describe, expect, it } from 'vitest';
import { formatDecimal, sumDecimals } from './decimal';

describe('decimal sums', () => {
  it('are exact where floating point is not', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(Array(1000).fill('0.01'))).toBe('10.00');
    expect(sumDecimals(['1234.5', null, '', '0.125', '-1'])).toBe('1233.625');
    expect(sumDecimals([])).toBe('0');
  });
  it('format in the language of the user', () => {
    expect(formatDecimal('1234567.5', 'en-US', 2)).toBe('1,234,567.50');
    expect(formatDecimal('1234567.5', 'es-MX', 2)).toBe('1,234,567.50');
    expect(formatDecimal('-12', 'en-US')).toBe('-12');
  });
});
