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

    const asked = queries.length;
    await fireEvent.click(screen.getByTestId('sort-recentlyUpdated'));
    await new Promise((r) => setTimeout(r, 20));
    expect(queries.length).toBe(asked); // the order in use: nothing to reload

    await fireEvent.click(screen.getByTestId('sort-crossing'));
    await waitFor(() => expect(queries.at(-1)?.sort).toBe('crossing'));
    expect(header(/crossing/i).getAttribute('aria-sort')).toBe('ascending');
  });

  it('name their order in Spanish', async () => {
    setLang('es');
    setup();
    await screen.findByTestId('draft-row');
    expect(screen.getByTestId('sort-reference').title).toBe('Referencia A–Z');
  });
});
