import { describe, expect, it } from 'vitest';
import { COLUMNS, emptyLine, pasteBlock, rowsInView, shiftPending, type Pending } from './lines';

describe('pasting from a spreadsheet', () => {
  it('fills cells from the one pasted into, adds lines, and keeps bad numbers aside', () => {
    const lines = [emptyLine('INV-1')];
    const pending: Pending = {};
    const clip = 'Brake pads\t8708.30.5090\t87083099\r\nRotors\t8708.30.5020\t87083001\r\nShoes\tx\t87083099\textra\n';
    const rows = pasteBlock(lines, pending, 0, 0, clip, () => emptyLine('INV-1'));
    expect(rows).toBe(3);
    expect(lines).toHaveLength(3);
    expect(lines[1]!).toMatchObject({ description: 'Rotors', hts: '8708.30.5020', fraccion: '87083001', invoiceNumber: 'INV-1' });
    expect(lines[2]!.nico).toBe('extra');

    const numbers: Pending = {};
    const at = COLUMNS.findIndex((c) => c.key === 'grossKg');
    pasteBlock(lines, numbers, 1, at, '1,200.5\t1100\t12\nabc\t\t', emptyLine);
    expect(lines[1]!).toMatchObject({ grossKg: '1200.5', netKg: '1100', packages: 12 });
    expect(numbers['lines[2].grossKg']).toEqual({ text: 'abc', error: 'input.decimal' });
    expect(lines[2]!.grossKg).toBeNull();
    expect(lines[2]!.netKg).toBeNull();
  });

  it('drops cells past the last column', () => {
    const lines = [emptyLine()];
    pasteBlock(lines, {}, 0, COLUMNS.length - 1, '6.5\tspill', emptyLine);
    expect(lines[0]!.igiRate).toBe('6.5');
  });

  it('writes the metal origin and chapter 99 columns into their nested and list fields', () => {
    const lines = [emptyLine()];
    const at = COLUMNS.findIndex((c) => c.key === 'additionalHts');
    pasteBlock(lines, {}, 0, at, '9903.81.91, 9903.94.06\tmx\t\t\tus', emptyLine);
    expect(lines[0]!.additionalHts).toEqual(['9903.81.91', '9903.94.06']);
    expect(lines[0]!.metal).toEqual({ meltPour: 'MX', primarySmelt: '', secondarySmelt: '', cast: 'US' });
  });
});

describe('shiftPending', () => {
  const waiting = { text: 'abc', error: 'input.decimal' as const };
  it('moves the waiting texts of the rows below an insert or a removal, and drops the removed row\'s', () => {
    const pending = { 'lines[0].grossKg': waiting, 'lines[2].value': waiting, 'lines[3].netKg': waiting };
    expect(Object.keys(shiftPending(pending, 2, 1))).toEqual(['lines[0].grossKg', 'lines[3].value', 'lines[4].netKg']);
    expect(Object.keys(shiftPending(pending, 2, -1))).toEqual(['lines[0].grossKg', 'lines[2].netKg']);
  });
});

describe('rowsInView', () => {
  it('draws the rows in view and a few either side, within the grid', () => {
    expect(rowsInView(0, 340, 34, 1000)).toEqual({ first: 0, last: 18 });
    expect(rowsInView(3400, 340, 34, 1000)).toEqual({ first: 92, last: 118 });
    expect(rowsInView(34_000, 340, 34, 1000)).toEqual({ first: 992, last: 1000 });
    expect(rowsInView(0, 340, 34, 3)).toEqual({ first: 0, last: 3 });
  });
});
