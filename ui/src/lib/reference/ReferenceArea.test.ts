import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import ReferenceArea from './ReferenceArea.svelte';
import { schedules } from './schedules.svelte';
import { setLang } from '../i18n/index.svelte';
import type { ScheduleSummary } from '../ipc';
import type { Notice } from '../app/areas';

afterEach(() => {
  cleanup();
  clearMocks();
  setLang('en');
  schedules.list = [];
});

const version: ScheduleSummary = {
  id: 7,
  info: { kind: 'hts-usitc', edition: 'HTS 2026 Revision 3', effectiveFrom: '2026-01-01', source: 'hts_2026_revision_3_csv.csv', lines: 35722 },
  importedAt: '2026-11-23T16:00:00Z',
  importedBy: 'Ana Ramírez',
};

describe('reference data area', () => {
  it('lists each kind with its versions, and says which are missing', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_schedules') return [version];
      throw new Error(`unexpected ${cmd}`);
    });
    render(ReferenceArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await waitFor(() => expect(screen.getByTestId('schedule-version').textContent).toContain('HTS 2026 Revision 3'));
    expect(screen.getByTestId('schedule-version').textContent).toContain('35,722 lines');
    expect(screen.getByTestId('schedule-none-sat-fracciones').textContent).toBe('Not imported yet.');
    setLang('es');
    await waitFor(() => expect(screen.getByTestId('schedule-version').textContent).toContain('35,722 líneas'));
    expect(screen.getByTestId('schedule-none-sat-patentes').textContent).toBe('Aún no se importa.');
  });

  it('downloads the HTS, lists the new version and says what was imported', async () => {
    let stored: ScheduleSummary[] = [];
    mockIPC((cmd) => {
      if (cmd === 'list_schedules') return stored;
      if (cmd === 'download_hts') {
        stored = [version];
        return version;
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const notices: Notice[] = [];
    render(ReferenceArea, { registerFlush: () => {}, notify: (n: Notice) => notices.push(n), openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('download-hts'));
    await waitFor(() => expect(screen.getByTestId('schedule-version')).toBeTruthy());
    expect(notices[0]).toMatchObject({ kind: 'ok', key: 'reference.imported', params: { edition: 'HTS 2026 Revision 3', lines: '35,722' } });
  });

  it('a failed download is shown with its code, and nothing is listed', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_schedules') return [];
      if (cmd === 'download_hts') throw { code: 'download_failed', message: 'the download failed: http://x answered 503' };
      throw new Error(`unexpected ${cmd}`);
    });
    render(ReferenceArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('download-hts'));
    const banner = await screen.findByTestId('reference-error');
    expect(banner.dataset.code).toBe('download_failed');
    expect(banner.textContent).toContain('could not be reached');
    expect(banner.textContent).toContain('answered 503');
    expect(screen.getByTestId('schedule-none-hts-usitc')).toBeTruthy();
  });
});
