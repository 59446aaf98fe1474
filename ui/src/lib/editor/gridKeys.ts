// What a key does in the lines grid, as a pure function of the key and where the cursor is, so
// every binding is unit-tested without a browser. The grid performs the action it returns.

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
}

export interface GridCursor {
  row: number;
  col: number;
  /** Lines in the grid and columns per line. */
  rows: number;
  cols: number;
  /** Where the caret sits in the cell being edited: arrows leave the cell only from its ends. */
  caretAtStart: boolean;
  caretAtEnd: boolean;
  /** Rows that fit in the view (Page Up / Page Down). */
  pageRows: number;
  /** The cell's text differs from what it held when the cursor arrived (Escape puts it back). */
  edited: boolean;
}

export type GridAction =
  /** Put the cursor on this cell (clamped to the grid). */
  | { kind: 'move'; row: number; col: number }
  /** Enter on the last line: add a line after it, then move down into it. */
  | { kind: 'append-and-move'; row: number; col: number }
  /** Ctrl+Enter: a new empty line at `at`, with the cursor at its first cell. */
  | { kind: 'insert'; at: number }
  /** Ctrl+Delete: remove the line, keeping the cursor in the same column. */
  | { kind: 'remove'; row: number; col: number }
  /** F2: edit in place, the caret at the end of the text. */
  | { kind: 'caret-to-end' }
  /** Escape after typing: the cell gets back what it held. */
  | { kind: 'revert' }
  /** The key is the grid's, but nothing moves (Shift+Enter on the first line). */
  | { kind: 'stay' };

const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));

/** The grid's action for `press` at `at`, or null when the key is not the grid's (the input, or
 * the page, handles it: letters, Tab out of the last cell, arrows inside the text). */
export function gridKey(press: KeyPress, at: GridCursor): GridAction | null {
  const { row, col, rows, cols } = at;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const move = (r: number, c: number): GridAction => ({ kind: 'move', row: clamp(r, lastRow), col: clamp(c, lastCol) });
  const { key, shiftKey, ctrlKey } = press;

  if (key === 'Tab' && !shiftKey) {
    if (col < lastCol) return move(row, col + 1);
    return row < lastRow ? move(row + 1, 0) : null;
  }
  if (key === 'Tab' && shiftKey) {
    if (col > 0) return move(row, col - 1);
    return row > 0 ? move(row - 1, lastCol) : null;
  }
  if (key === 'Enter' && ctrlKey) return { kind: 'insert', at: row + 1 };
  if (key === 'Enter' && shiftKey) return row > 0 ? move(row - 1, col) : { kind: 'stay' };
  if (key === 'Enter') return row === lastRow ? { kind: 'append-and-move', row: row + 1, col } : move(row + 1, col);
  if (key === 'ArrowDown') return row < lastRow ? move(row + 1, col) : null;
  if (key === 'ArrowUp') return row > 0 ? move(row - 1, col) : null;
  if (key === 'ArrowRight') return at.caretAtEnd && col < lastCol ? move(row, col + 1) : null;
  if (key === 'ArrowLeft') return at.caretAtStart && col > 0 ? move(row, col - 1) : null;
  if (key === 'PageDown') return move(row + at.pageRows, col);
  if (key === 'PageUp') return move(row - at.pageRows, col);
  if (key === 'Home' && ctrlKey) return move(0, col);
  if (key === 'End' && ctrlKey) return move(lastRow, col);
  if (key === 'F2') return { kind: 'caret-to-end' };
  if (key === 'Escape') return at.edited ? { kind: 'revert' } : null;
  if (key === 'Delete' && ctrlKey) return { kind: 'remove', row, col };
  return null;
}
