import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import DraftList from './DraftList.svelte';
import { emptyQuery, listQuery } from './listQuery.svelte';
import { setLang } from '../i18n/index.svelte';
import type { DraftPage, DraftQuery } from '../ipc';

afterEach(() => {
  cleanup();
  clearMocks();
  setLang('en');
  listQuery.q = emptyQuery();
});

const page: DraftPage = {
  total: 1,
  totalExact: true,
  items: [
    {
      id: 'd1',
      reference: 'LRD-0001',
      direction: 'northbound',
      portOfEntry: '2304',
      plannedCrossing: null,
      status: 'draft',
      revision: 1,
      lineCount: 3,
      isDemo: false,
      updatedAt: '2026-11-23T16:00:00Z',
    },
  ],
};

function setup() {
  const queries: DraftQuery[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== 'search_drafts') throw new Error(`unexpected ${cmd}`);
    queries.push((args as { query: DraftQuery }).query);
    return page;
  });
  render(DraftList, { ports: [], onOpen: () => {}, onNew: () => {} });
  return queries;
}

const header = (name: RegExp) => screen.getByRole('columnheader', { name });

describe('declarations list column headers', () => {
  it('order the list by their column and say which one is in use', async () => {
    const queries = setup();
    await screen.findByTestId('draft-row');
    expect(queries.at(-1)?.sort).toBe('newest');
    expect(header(/reference/i).getAttribute('aria-sort')).toBeNull();
    // Status, direction, port and lines cannot order the list: no button there.
    expect(header(/status/i).querySelector('button')).toBeNull();

    await fireEvent.click(screen.getByTestId('sort-reference'));
    await waitFor(() => expect(queries.at(-1)?.sort).toBe('reference'));
    expect(header(/reference/i).getAttribute('aria-sort')).toBe('ascending');
    expect((screen.getByTestId('list-sort') as HTMLSelectElement).value).toBe('reference');
    expect(queries.at(-1)?.offset).toBe(0);

    await fireEvent.click(screen.getByTestId('sort-recentlyUpdated'));
    await waitFor(() => expect(queries.at(-1)?.sort).toBe('recentlyUpdated'));
    expect(header(/updated|changed/i).getAttribute('aria-sort')).toBe('descending');
    expect(header(/reference/i).getAttribute('aria-sort')).toBeNull();

    await fireEvent.click(screen.getByTestId('sort-crossing'));
    await waitFor(() => expect(queries.at(-1)?.sort).toBe('crossing'));
    expect(header(/crossing/i).getAttribute('aria-sort')).toBe('ascending');
    expect(queries.at(-1)?.reversed).toBe(false);
  });

  it('run their order backwards on a second click, and forwards again on a third', async () => {
    const queries = setup();
    await screen.findByTestId('draft-row');
    const reference = screen.getByTestId('sort-reference');
    const select = screen.getByTestId('list-sort') as HTMLSelectElement;

    await fireEvent.click(reference);
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'reference', reversed: false }));
    expect(reference.title).toBe('Reference Z–A'); // what the next click does
    expect(reference.textContent).toContain('▲');

    await fireEvent.click(reference);
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'reference', reversed: true, offset: 0 }));
    expect(header(/reference/i).getAttribute('aria-sort')).toBe('descending');
    expect(reference.textContent).toContain('▼');
    expect(reference.title).toBe('Reference A–Z');
    expect(select.value).toBe('reference-reversed');
    expect(select.selectedOptions[0]?.textContent).toBe('Reference Z–A');

    await fireEvent.click(reference);
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'reference', reversed: false }));
    expect(header(/reference/i).getAttribute('aria-sort')).toBe('ascending');

    // Another column starts in its own direction, whatever the last one was.
    await fireEvent.click(reference);
    await waitFor(() => expect(queries.at(-1)?.reversed).toBe(true));
    await fireEvent.click(screen.getByTestId('sort-crossing'));
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'crossing', reversed: false }));
  });

  it('follow the Order box, which offers each order both ways', async () => {
    const queries = setup();
    await screen.findByTestId('draft-row');
    const select = screen.getByTestId('list-sort') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.value)).toEqual([
      'newest',
      'newest-reversed',
      'recentlyUpdated',
      'recentlyUpdated-reversed',
      'reference',
      'reference-reversed',
      'crossing',
      'crossing-reversed',
    ]);
    await fireEvent.change(select, { target: { value: 'crossing-reversed' } });
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'crossing', reversed: true }));
    expect(header(/crossing/i).getAttribute('aria-sort')).toBe('descending');
    await fireEvent.change(select, { target: { value: 'newest-reversed' } });
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: 'newest', reversed: true }));
    expect(header(/crossing/i).getAttribute('aria-sort')).toBeNull();
  });

  it('name their order in Spanish', async () => {
    setLang('es');
    setup();
    await screen.findByTestId('draft-row');
    expect(screen.getByTestId('sort-reference').title).toBe('Referencia A–Z');
    await fireEvent.click(screen.getByTestId('sort-reference'));
    await waitFor(() => expect(screen.getByTestId('sort-reference').title).toBe('Referencia Z–A'));
    const select = screen.getByTestId('list-sort') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent)).toContain('Cruce previsto, más lejano primero');
  });
});
