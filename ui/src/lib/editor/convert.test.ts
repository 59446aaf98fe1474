import { describe, expect, it } from 'vitest';
import { parse, show } from './convert';
import { fieldId, getPath, parsePath, setPath } from './paths';

describe('field paths', () => {
  it('read and write nested fields and lines', () => {
    const doc = { parties: { exporter: { name: 'A' } }, lines: [{ hts: '1' }, { hts: '2' }] };
    expect(parsePath('lines[1].hts')).toEqual(['lines', 1, 'hts']);
    expect(getPath(doc, 'lines[1].hts')).toBe('2');
    setPath(doc, 'parties.exporter.name', 'B');
    setPath(doc, 'lines[0].hts', '9');
    expect(doc.parties.exporter.name).toBe('B');
    expect(doc.lines[0]?.hts).toBe('9');
    expect(getPath(doc, 'usmca.signedBy')).toBeUndefined();
    expect(() => setPath(doc, 'usmca.signedBy', 'x')).toThrow();
    expect(fieldId('lines[3].hts')).toBe('f-lines_3__hts');
  });
});

describe('field values', () => {
  it('decimals stay exact strings; grouping is accepted; junk is refused', () => {
    expect(parse('decimal', ' 1,234.50 ')).toEqual({ ok: true, value: '1234.50' });
    expect(parse('decimal', '')).toEqual({ ok: true, value: null });
    expect(parse('decimal', '12.3.4')).toEqual({ ok: false, error: 'input.decimal' });
    expect(parse('decimal', '1e5')).toEqual({ ok: false, error: 'input.decimal' });
    expect(show('decimal', null)).toBe('');
  });
  it('integers, dates and lists', () => {
    expect(parse('integer', '200')).toEqual({ ok: true, value: 200 });
    expect(parse('integer', '2.5').ok).toBe(false);
    expect(parse('date', '2026-02-30').ok).toBe(false);
    expect(parse('date', '2026-12-01')).toEqual({ ok: true, value: '2026-12-01' });
    expect(parse('list', 'MX1, MX2,,')).toEqual({ ok: true, value: ['MX1', 'MX2'] });
    expect(show('list', ['MX1', 'MX2'])).toBe('MX1, MX2');
  });
  it('local date-times, yes/no and choices', () => {
    expect(parse('datetime', '2026-11-30 14:05')).toEqual({ ok: true, value: { local: '2026-11-30T14:05:00', zone: '' } });
    expect(parse('datetime', '2026-11-30T07:30')).toEqual({ ok: true, value: { local: '2026-11-30T07:30:00', zone: '' } });
    expect(parse('datetime', '')).toEqual({ ok: true, value: null });
    for (const bad of ['2026-11-31 10:00', '2026-11-30 24:00', '2026-11-30', '30/11/2026 10:00']) {
      expect(parse('datetime', bad)).toEqual({ ok: false, error: 'input.datetime' });
    }
    expect(show('datetime', { local: '2026-11-30T14:05:00', zone: 'America/Chicago' })).toBe('2026-11-30 14:05');
    expect(parse('boolean', 'true')).toEqual({ ok: true, value: true });
    expect(parse('boolean', '')).toEqual({ ok: true, value: false });
    expect(parse('choice', 'usda_phyto')).toEqual({ ok: true, value: 'usda_phyto' });
  });
  it('text is kept exactly as typed, markup included', () => {
    expect(parse('text', '<script>alert(1)</script> ')).toEqual({ ok: true, value: '<script>alert(1)</script> ' });
  });
});
