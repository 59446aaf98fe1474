import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LinesGrid from './LinesGrid.svelte';
import { setLang } from '../i18n/index.svelte';
import { emptyDeclaration } from '../testing/declaration';
import { emptyLine } from './lines';
import type { Declaration } from '../ipc';

afterEach(() => {
  cleanup();
  setLang('en');
});

function setup(lines = 3) {
  const doc = $state(emptyDeclaration()) as Declaration;
  doc.commercial.invoices = [{ number: 'INV-1', date: null, currency: 'USD', incoterm: 'FCA', total: '300.00', usdPerUnit: null, cfdiUuid: '', cove: '' }];
  doc.lines = Array.from({ length: lines }, () => emptyLine('INV-1'));
  let changes = 0;
  render(LinesGrid, { doc, onchange: () => changes++ });
  return { doc, changes: () => changes };
}

const cell = (row: number, key: string) => screen.getByTestId(`cell-lines[${row}].${key}`) as HTMLInputElement;

describe('lines grid', () => {
  it('stores what is typed, keeps malformed numbers aside, and totals as values change', async () => {
    const { doc, changes } = setup();
    await fireEvent.input(cell(0, 'value'), { target: { value: '100.50' } });
    await fireEvent.input(cell(1, 'value'), { target: { value: '1,99.50' } });
    await fireEvent.input(cell(2, 'value'), { target: { value: '12.3.4' } });
    expect(doc.lines.map((l) => l.value)).toEqual(['100.50', '199.50', null]);
    expect(cell(2, 'value').getAttribute('aria-invalid')).toBe('true');
    expect(cell(2, 'value').value).toBe('12.3.4');
    expect(screen.getByTestId('total-value').textContent?.trim()).toBe('300.00');
    expect(screen.getByTestId('invoice-totals').textContent).toContain('Invoice INV-1: lines 300.00 of 300.00 USD');
    expect(changes()).toBe(3);
  });

  it('Enter goes down a column and adds a line at the end; arrows move; Ctrl+Delete removes', async () => {
    const { doc } = setup(2);
    cell(0, 'hts').focus();
    await fireEvent.keyDown(cell(0, 'hts'), { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'hts')));
    await fireEvent.keyDown(cell(1, 'hts'), { key: 'Enter' });
    await waitFor(() => expect(doc.lines).toHaveLength(3));
    await waitFor(() => expect(document.activeElement).toBe(cell(2, 'hts')));
    expect(doc.lines[2]?.invoiceNumber).toBe('INV-1');
    await fireEvent.keyDown(cell(2, 'hts'), { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'hts')));
    await fireEvent.keyDown(cell(1, 'hts'), { key: 'Delete', ctrlKey: true });
    expect(doc.lines).toHaveLength(2);
  });

  it('pastes rows copied from a spreadsheet, adding lines', async () => {
    const { doc } = setup(1);
    // jsdom has no DataTransfer: the one method the grid reads stands in for it.
    const clip = 'Pads\t8708.30.5090\nRotors\t8708.30.5020\nShoes\t8708.30.5040\n';
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(event, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? clip : '') } });
    cell(0, 'description').dispatchEvent(event);
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
    expect(cell(0, 'hts').getAttribute('aria-label')).toBe('HTS, line 1');
    setLang('es');
    await waitFor(() => expect(cell(0, 'grossKg').getAttribute('aria-label')).toBe('Kg brutos, partida 1'));
  });
});
