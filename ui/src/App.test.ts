import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import App from './App.svelte';
import { setLang } from './lib/i18n/index.svelte';
import type { DraftPage, DraftQuery } from './lib/ipc';

afterEach(() => {
  cleanup();
  clearMocks();
  setLang('en');
});

const page: DraftPage = {
  total: 1234,
  totalExact: true,
  items: [
    {
      id: 'd1',
      reference: 'LRD-0001',
      direction: 'northbound',
      portOfEntry: '2304',
      plannedCrossing: { local: '2026-12-01T09:30:00', zone: 'America/Chicago' },
      status: 'ready',
      revision: 3,
      lineCount: 1500,
      isDemo: false,
      updatedAt: '2026-11-23T16:00:00Z',
    },
  ],
};

describe('language switch', () => {
  it('changes every string, date and number on screen and is remembered', async () => {
    const remembered: unknown[] = [];
    const queries: DraftQuery[] = [];
    mockIPC((cmd, args) => {
      switch (cmd) {
        case 'get_app_info':
          return { version: '0.1.0', databasePath: '/tmp/cruce.db', logDir: '/tmp/logs', databaseError: null };
        case 'list_us_ports':
          return [{ code: '2304', name: 'Laredo', state: 'TX', timeZone: 'America/Chicago' }];
        case 'get_preferences':
          return { language: 'en' };
        case 'search_drafts':
          queries.push((args as { query: DraftQuery }).query);
          return page;
        case 'set_language':
          remembered.push((args as { language: string }).language);
          return null;
        default:
          throw new Error(`unexpected ${cmd}`);
      }
    });
    render(App);
    const row = await screen.findByTestId('draft-row');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Declarations');
    expect(row.textContent).toContain('Ready to file');
    expect(row.textContent).toContain('Dec 1, 2026');
    expect(row.textContent).toContain('1,500');
    expect(screen.getByTestId('draft-count').textContent).toContain('1–1 of 1,234');

    await fireEvent.click(screen.getByTestId('lang-es'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Declaraciones'));
    expect(row.textContent).toContain('Lista para transmitir');
    expect(row.textContent).toMatch(/1 dic 2026/);
    expect(row.textContent).toContain('1,500'); // Mexico groups thousands with a comma, as the U.S. does
    expect(screen.getByTestId('lang-es').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('es');
    expect(remembered).toEqual(['es']);
    expect(queries[0]).toMatchObject({ text: '', sort: 'newest', offset: 0, limit: 50 });
  });
});

describe('areas', () => {
  it('opens the area remembered in preferences and shows it as current in the navigation', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      switch (cmd) {
        case 'get_app_info':
          return { version: '0.1.0', databasePath: '/tmp/cruce.db', logDir: '/tmp/logs', databaseError: null };
        case 'get_preferences':
          return { language: 'es', area: 'declarations', authorName: null, systemUser: 'ana' };
        case 'list_us_ports':
          return [];
        case 'search_drafts':
          return page;
        default:
          throw new Error(`unexpected ${cmd}`);
      }
    });
    render(App);
    const nav = await screen.findByTestId('nav-declarations');
    expect(nav.getAttribute('aria-current')).toBe('page');
    expect(nav.textContent).toBe('Declaraciones');
    expect(nav.getAttribute('aria-keyshortcuts')).toBe('Alt+1');
    await screen.findByTestId('draft-row');
    await fireEvent.keyDown(window, { key: '1', altKey: true });
    expect(calls, 'the area in use is not chosen again').not.toContain('set_area');
  });

  it('has no navigation on the unreadable-database screen', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_app_info')
        return { version: '0.1.0', databasePath: '/tmp/cruce.db', logDir: '/tmp/logs', databaseError: { code: 'database_unreadable', message: 'x' } };
      throw new Error(`unexpected ${cmd}`);
    });
    render(App);
    await screen.findByTestId('database-error');
    expect(screen.queryByTestId('nav-declarations')).toBeNull();
  });
});
