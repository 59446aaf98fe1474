import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LinesGrid from './LinesGrid.svelte';
import { setLang } from '../i18n/index.svelte';
import { emptyDeclaration } from '../testing/declaration';
import { emptyLine } from './lines';
import type { Declaration } from '../ipc';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { schedules } from '../reference/schedules.svelte';

afterEach(() => {
  cleanup();
  setLang('en');
});

function setup(lines = 3) {
  const doc = $state(emptyDeclaration()) as Declaration;
  doc.commercial.invoices = [{ number: 'INV-1', date: null, currency: 'USD', incoterm: 'FCA', total: '300.00', usdPerUnit: null, cfdiUuid: '', cove: '', charges: { freight: null, insurance: null, other: null } }];
  doc.lines = Array.from({ length: lines }, () => emptyLine('INV-1'));
  let changes = 0;
  render(LinesGrid, { doc, onchange: () => changes++ });
  return { doc, changes: () => changes };
}

const cell = (row: number, key: string) => screen.getByTestId(`cell-lines[${row}].${key}`);
/** The grid's one input, on the cell with the cursor. */
const editor = () => screen.getByRole('grid').querySelector('input') as HTMLInputElement;

/** Clicks a cell (drawn as text) and types into the input that takes its place. */
async function type(row: number, key: string, value: string) {
  await fireEvent.click(cell(row, key));
  await waitFor(() => expect(document.activeElement).toBe(cell(row, key)));
  await fireEvent.input(editor(), { target: { value } });
}

async function press(key: string, init: KeyboardEventInit = {}) {
  await fireEvent.keyDown(editor(), { key, ...init });
}

const cursor = () => (document.activeElement as HTMLElement | null)?.dataset.path;

describe('lines grid', () => {
  it('stores what is typed, keeps malformed numbers aside, and totals as values change', async () => {
    const { doc, changes } = setup();
    await type(0, 'value', '100.50');
    await type(1, 'value', '1,99.50');
    await type(2, 'value', '12.3.4');
    expect(doc.lines.map((l) => l.value)).toEqual(['100.50', '199.50', null]);
    expect(cell(2, 'value').getAttribute('aria-invalid')).toBe('true');
    expect(editor().value).toBe('12.3.4');
    // Moving on, the malformed text stays on screen, marked, as the cell's text.
    await fireEvent.click(cell(0, 'hts'));
    await waitFor(() => expect(cursor()).toBe('lines[0].hts'));
    expect(cell(2, 'value').tagName).toBe('TD');
    expect(cell(2, 'value').textContent).toBe('12.3.4');
    expect(cell(2, 'value').getAttribute('aria-invalid')).toBe('true');
    expect(cell(1, 'value').textContent).toBe('199.50');
    expect(screen.getByTestId('total-value').textContent?.trim()).toBe('300.00');
    expect(screen.getByTestId('invoice-totals').textContent).toContain('Invoice INV-1: lines 300.00 of 300.00 USD');
    expect(changes()).toBe(3);
  });

  it('Enter goes down a column and adds a line at the end; arrows move; Ctrl+Delete removes', async () => {
    const { doc } = setup(2);
    await fireEvent.click(cell(0, 'hts'));
    await waitFor(() => expect(cursor()).toBe('lines[0].hts'));
    await press('Enter');
    await waitFor(() => expect(cursor()).toBe('lines[1].hts'));
    await press('Enter');
    await waitFor(() => expect(doc.lines).toHaveLength(3));
    await waitFor(() => expect(cursor()).toBe('lines[2].hts'));
    expect(doc.lines[2]?.invoiceNumber).toBe('INV-1');
    await press('ArrowUp');
    await waitFor(() => expect(cursor()).toBe('lines[1].hts'));
    await press('Delete', { ctrlKey: true });
    expect(doc.lines).toHaveLength(2);
    // Only the cell with the cursor is an input; the rest are text.
    expect(screen.getByRole('grid').querySelectorAll('input')).toHaveLength(1);
  });

  it('Tab walks the cells line by line, Shift+Tab back; Ctrl+Home/End and Ctrl+Enter', async () => {
    const { doc } = setup(2);
    await fireEvent.click(cell(0, 'igiRate'));
    await waitFor(() => expect(cursor()).toBe('lines[0].igiRate'));
    await press('Tab');
    await waitFor(() => expect(cursor()).toBe('lines[1].description'));
    await press('Tab');
    await waitFor(() => expect(cursor()).toBe('lines[1].hts'));
    await press('Tab', { shiftKey: true });
    await press('Tab', { shiftKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[0].igiRate'));
    await press('End', { ctrlKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[1].igiRate'));
    await press('Home', { ctrlKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[0].igiRate'));
    await press('Enter', { ctrlKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[1].description'));
    expect(doc.lines).toHaveLength(3);
  });

  it('Escape puts back what the cell held when the cursor arrived', async () => {
    const { doc } = setup(1);
    await type(0, 'value', '42.00');
    await press('Tab');
    await waitFor(() => expect(cursor()).toBe('lines[0].valueUsd'));
    await press('Tab', { shiftKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[0].value'));
    await fireEvent.input(editor(), { target: { value: '4x' } });
    expect(cell(0, 'value').getAttribute('aria-invalid')).toBe('true');
    await press('Escape');
    expect(editor().value).toBe('42.00');
    expect(doc.lines[0]?.value).toBe('42.00');
    await waitFor(() => expect(cell(0, 'value').getAttribute('aria-invalid')).toBeNull());
    expect(screen.getByTestId('total-value').textContent?.trim()).toBe('42.00');
  });

  it('F2 edits in place: the caret goes to the end of the text instead of replacing it', async () => {
    setup(1);
    await type(0, 'value', '42.00');
    await press('Tab');
    await press('Tab', { shiftKey: true });
    await waitFor(() => expect(cursor()).toBe('lines[0].value'));
    expect([editor().selectionStart, editor().selectionEnd]).toEqual([0, 5]); // arriving selects it all
    await press('F2');
    expect([editor().selectionStart, editor().selectionEnd]).toEqual([5, 5]);
    await press('ArrowLeft');
    expect(cursor()).toBe('lines[0].value'); // the caret is inside the text: the arrow stays in the cell
  });

  it('shows a value changed from outside (a reload) in the cell with the cursor', async () => {
    const { doc } = setup(1);
    await type(0, 'description', 'Pads');
    doc.lines[0]!.description = 'Rotors';
    await waitFor(() => expect(editor().value).toBe('Rotors'));
  });

  it('pastes rows copied from a spreadsheet, adding lines', async () => {
    const { doc } = setup(1);
    // jsdom has no DataTransfer: the one method the grid reads stands in for it.
    const clip = 'Pads\t8708.30.5090\nRotors\t8708.30.5020\nShoes\t8708.30.5040\n';
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(event, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? clip : '') } });
    await fireEvent.click(cell(0, 'description'));
    await waitFor(() => expect(cursor()).toBe('lines[0].description'));
    editor().dispatchEvent(event);
    await waitFor(() => expect(doc.lines).toHaveLength(3));
    expect(doc.lines.map((l) => [l.description, l.hts])).toEqual([
      ['Pads', '8708.30.5090'],
      ['Rotors', '8708.30.5020'],
      ['Shoes', '8708.30.5040'],
    ]);
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Pasted 3 rows.');
  });

  it('labels every cell and switches its labels with the language', async () => {
    setup(1);
    expect(editor().getAttribute('aria-label')).toBe('Description, line 1');
    await fireEvent.click(cell(0, 'hts'));
    await waitFor(() => expect(editor().getAttribute('aria-label')).toBe('HTS, line 1'));
    setLang('es');
    await waitFor(() => expect(editor().getAttribute('aria-label')).toBe('HTS, partida 1'));
    expect(screen.getByRole('columnheader', { name: 'Kg brutos' })).toBeTruthy();
  });
});

describe('empty grid', () => {
  it('says how to start when there are no lines, and adds one', async () => {
    const { doc } = setup(0);
    expect(screen.getByTestId('line-count').textContent).toContain('0');
    expect(screen.getByTestId('lines-empty').textContent).toContain('No lines yet');
    setLang('es');
    await waitFor(() => expect(screen.getByTestId('lines-empty').textContent).toContain('Aún no hay partidas'));
    await fireEvent.click(screen.getByTestId('add-line'));
    await waitFor(() => expect(doc.lines).toHaveLength(1));
    expect(screen.queryByTestId('lines-empty')).toBeNull();
  });
});

describe('scrolling away from the cursor', () => {
  it('keeps the keyboard in the grid, and a key brings the cursor back', async () => {
    const { doc } = setup(300);
    await fireEvent.click(cell(0, 'description'));
    await waitFor(() => expect(cursor()).toBe('lines[0].description'));
    const scroller = screen.getByRole('grid').parentElement as HTMLDivElement;
    // jsdom has no layout: the scroll position is set as a browser would.
    let top = 0;
    Object.defineProperty(scroller, 'scrollTop', { get: () => top, set: (v: number) => (top = v), configurable: true });
    top = 200 * 34;
    await fireEvent.scroll(scroller);
    expect(document.activeElement).toBe(scroller);
    expect(screen.queryByTestId('line-0')).toBeNull();
    await fireEvent.keyDown(scroller, { key: 'P' });
    await waitFor(() => expect(cursor()).toBe('lines[0].description'));
    expect(doc.lines[0]?.description).toBe('P');
    expect(editor().value).toBe('P');
  });
});

describe('tariff lookup from the grid', () => {
  afterEach(() => {
    clearMocks();
    schedules.list = [];
  });

  const hts = (kind: 'hts-usitc' | 'sat-fracciones') => ({
    id: 1,
    info: { kind, edition: 'test', effectiveFrom: '2026-01-01', source: 't.csv', lines: 2 },
    importedAt: '2026-11-23T16:00:00Z',
    importedBy: 'ana',
  });

  it('F4 on the HTS cell searches the schedule; Enter writes the number and its units', async () => {
    schedules.list = [hts('hts-usitc')];
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'search_tariff') throw new Error(`unexpected ${cmd}`);
      asked.push(args);
      return [
        { number: '6109.10.0011', nico: '', description: 'Thermal undershirts', context: ['T-shirts'], units: ['DOZ', 'KG'], rate: '16.5%' },
        { number: '6109.10.0012', nico: '', description: "Men's", context: ['T-shirts'], units: ['DOZ', 'KG'], rate: '16.5%' },
      ];
    });
    const { doc } = setup(1);
    await type(0, 'hts', '6109.10');
    await press('F4');
    const query = await screen.findByTestId('lookup-query');
    await waitFor(() => expect(screen.getAllByTestId('lookup-hit')).toHaveLength(2));
    expect((query as HTMLInputElement).value).toBe('6109.10');
    expect(asked[0]).toMatchObject({ side: 'us', query: '6109.10' });
    await fireEvent.keyDown(query, { key: 'ArrowDown' });
    await fireEvent.keyDown(query, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByTestId('tariff-lookup')).toBeNull());
    expect([doc.lines[0]!.hts, doc.lines[0]!.usUnit, doc.lines[0]!.usUnit2]).toEqual(['6109.10.0012', 'DOZ', 'KG']);
    await waitFor(() => expect(cursor()).toBe('lines[0].hts'), { timeout: 2000 });
  });

  it('on the fracción cell it fills the fracción, the NICO and the UMT; Escape leaves the line as it was', async () => {
    schedules.list = [hts('sat-fracciones')];
    mockIPC(() => [{ number: '8708.30.99', nico: '01', description: 'Mecanismos de frenos de disco', context: [], units: ['06'], rate: '' }]);
    const { doc } = setup(1);
    await type(0, 'fraccion', 'frenos');
    await press('F4');
    const query = await screen.findByTestId('lookup-query');
    await fireEvent.keyDown(query, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('tariff-lookup')).toBeNull());
    expect(doc.lines[0]!.nico).toBe('');
    await press('F4');
    await waitFor(() => expect(screen.getAllByTestId('lookup-hit')).toHaveLength(1));
    await fireEvent.keyDown(screen.getByTestId('lookup-query'), { key: 'Enter' });
    expect([doc.lines[0]!.fraccion, doc.lines[0]!.nico, doc.lines[0]!.mxTariffUnit]).toEqual(['8708.30.99', '01', '06']);
  });

  it('without the schedule it says so instead of showing nothing', async () => {
    mockIPC(() => []);
    setup(1);
    await type(0, 'hts', '8708');
    await press('F4');
    expect(await screen.findByTestId('lookup-unavailable')).toBeTruthy();
  });
});
