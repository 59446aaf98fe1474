import { describe, expect, it } from 'vitest';
import { gridKey, type GridCursor, type KeyPress } from './gridKeys';

const at = (row: number, col: number, more: Partial<GridCursor> = {}): GridCursor => ({
  row,
  col,
  rows: 10,
  cols: 20,
  caretAtStart: false,
  caretAtEnd: false,
  pageRows: 8,
  edited: false,
  ...more,
});
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, ...mods });
const move = (row: number, col: number) => ({ kind: 'move', row, col });

describe('gridKey', () => {
  it('Tab and Shift+Tab go across and wrap to the next or previous line, and leave the grid at its ends', () => {
    expect(gridKey(press('Tab'), at(2, 5))).toEqual(move(2, 6));
    expect(gridKey(press('Tab'), at(2, 19))).toEqual(move(3, 0));
    expect(gridKey(press('Tab'), at(9, 19)), 'Tab out of the last cell is the page').toBeNull();
    expect(gridKey(press('Tab', { shiftKey: true }), at(2, 5))).toEqual(move(2, 4));
    expect(gridKey(press('Tab', { shiftKey: true }), at(2, 0))).toEqual(move(1, 19));
    expect(gridKey(press('Tab', { shiftKey: true }), at(0, 0))).toBeNull();
  });

  it('Enter goes down a column and adds a line after the last; Shift+Enter goes up', () => {
    expect(gridKey(press('Enter'), at(2, 5))).toEqual(move(3, 5));
    expect(gridKey(press('Enter'), at(9, 5))).toEqual({ kind: 'append-and-move', row: 10, col: 5 });
    expect(gridKey(press('Enter', { shiftKey: true }), at(2, 5))).toEqual(move(1, 5));
    expect(gridKey(press('Enter', { shiftKey: true }), at(0, 5))).toEqual({ kind: 'stay' });
  });

  it('arrows move between lines, and across cells only from the ends of the text', () => {
    expect(gridKey(press('ArrowDown'), at(2, 5))).toEqual(move(3, 5));
    expect(gridKey(press('ArrowDown'), at(9, 5))).toBeNull();
    expect(gridKey(press('ArrowUp'), at(0, 5))).toBeNull();
    expect(gridKey(press('ArrowRight'), at(2, 5)), 'the caret is inside the text').toBeNull();
    expect(gridKey(press('ArrowRight'), at(2, 5, { caretAtEnd: true }))).toEqual(move(2, 6));
    expect(gridKey(press('ArrowRight'), at(2, 19, { caretAtEnd: true }))).toBeNull();
    expect(gridKey(press('ArrowLeft'), at(2, 5, { caretAtStart: true }))).toEqual(move(2, 4));
    expect(gridKey(press('ArrowLeft'), at(2, 0, { caretAtStart: true }))).toBeNull();
  });

  it('Page Up/Down move a page, Ctrl+Home/End to the first and last line, clamped to the grid', () => {
    expect(gridKey(press('PageDown'), at(1, 3))).toEqual(move(9, 3));
    expect(gridKey(press('PageDown'), at(5, 3))).toEqual(move(9, 3));
    expect(gridKey(press('PageUp'), at(5, 3))).toEqual(move(0, 3));
    expect(gridKey(press('Home', { ctrlKey: true }), at(5, 3))).toEqual(move(0, 3));
    expect(gridKey(press('End', { ctrlKey: true }), at(5, 3))).toEqual(move(9, 3));
    expect(gridKey(press('Home'), at(5, 3)), 'Home alone moves the caret in the text').toBeNull();
  });

  it('F2 edits in place, Escape puts back only what was typed, Ctrl+Enter and Ctrl+Delete add and remove lines', () => {
    expect(gridKey(press('F2'), at(2, 5))).toEqual({ kind: 'caret-to-end' });
    expect(gridKey(press('Escape'), at(2, 5, { edited: true }))).toEqual({ kind: 'revert' });
    expect(gridKey(press('Escape'), at(2, 5)), 'nothing to undo: Escape belongs to the page').toBeNull();
    expect(gridKey(press('Enter', { ctrlKey: true }), at(2, 5))).toEqual({ kind: 'insert', at: 3 });
    expect(gridKey(press('Delete', { ctrlKey: true }), at(2, 5))).toEqual({ kind: 'remove', row: 2, col: 5 });
    expect(gridKey(press('Delete'), at(2, 5)), 'Delete alone deletes text').toBeNull();
    expect(gridKey(press('a'), at(2, 5))).toBeNull();
  });
});
