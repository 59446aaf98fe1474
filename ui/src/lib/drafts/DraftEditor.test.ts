import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import DraftEditor from './DraftEditor.svelte';
import { setLang } from '../i18n/index.svelte';
import type { Draft, HeaderInput, UsPort } from '../ipc';

const ports: UsPort[] = [
  { code: '2304', name: 'Laredo', state: 'TX', timeZone: 'America/Chicago' },
  { code: '2506', name: 'Otay Mesa', state: 'CA', timeZone: 'America/Los_Angeles' },
];

/** A draft whose declaration holds just the header fields (all the editor reads here). */
function draft(header: HeaderInput, revision = 1): Draft {
  const declaration = {
    schemaVersion: 1,
    reference: header.reference,
    direction: header.direction,
    transport: { usPort: header.portOfEntry ?? '', estimatedArrival: header.plannedCrossing },
  };
  return {
    id: 'd1',
    revision,
    status: 'draft',
    isDemo: false,
    createdAt: '2026-11-23T16:00:00Z',
    updatedAt: '2026-11-23T16:00:00Z',
    declaration: declaration as unknown as Draft['declaration'],
  };
}

const stored = draft({ reference: 'LRD-1', direction: 'northbound', portOfEntry: '2304', plannedCrossing: null });

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  clearMocks();
});

describe('DraftEditor', () => {
  it('shows the stored header and marks edits as unsaved until saved', async () => {
    const updates: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'get_draft') return stored;
      if (cmd === 'update_draft_header') {
        const { header, expectedRevision } = args as { header: HeaderInput; expectedRevision: number };
        updates.push({ header, expectedRevision });
        return draft(header, expectedRevision + 1);
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    expect(screen.getByTestId('save-state').dataset.state).toBe('saved');

    await fireEvent.input(reference, { target: { value: 'LRD-2' } });
    expect(screen.getByTestId('save-state').dataset.state).toBe('unsaved');
    await fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-state').dataset.state).toBe('saved'));
    expect(updates).toEqual([
      { header: { reference: 'LRD-2', direction: 'northbound', portOfEntry: '2304', plannedCrossing: null }, expectedRevision: 1 },
    ]);
  });

  it('puts a backend field error next to its field, in the current language', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_draft') return stored;
      throw { code: 'reference_required', message: 'the reference is empty' };
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    await fireEvent.input(reference, { target: { value: '   ' } });
    await fireEvent.click(screen.getByTestId('save'));
    const message = await screen.findByTestId('error-reference');
    expect(message.textContent).toBe('Enter a reference.');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    setLang('es');
    await waitFor(() => expect(message.textContent).toBe('Escriba una referencia.'));
  });

  it('reports a conflict instead of overwriting another save', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_draft') return stored;
      throw { code: 'conflict', message: 'draft "d1" was saved by someone else' };
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    await fireEvent.input(reference, { target: { value: 'LRD-9' } });
    await fireEvent.click(screen.getByTestId('save'));
    const banner = await screen.findByTestId('editor-error');
    expect(banner.dataset.code).toBe('conflict');
    expect(screen.getByTestId('save-state').dataset.state).toBe('unsaved');
  });

  it('says a deleted draft is gone instead of showing an empty form', async () => {
    mockIPC(() => {
      throw { code: 'draft_not_found', message: 'no draft with id "d1"' };
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const banner = await screen.findByTestId('editor-error');
    expect(banner.dataset.code).toBe('draft_not_found');
    expect(banner.textContent).toContain('no longer exists');
    expect(screen.queryByTestId('field-reference')).toBeNull();
  });

  it('sets the time zone from the chosen port until the user picks one', async () => {
    mockIPC(() => null);
    render(DraftEditor, { id: null, ports, onClose: () => {} });
    const port = (await screen.findByTestId('field-port')) as HTMLSelectElement;
    const zone = screen.getByTestId('field-zone') as HTMLSelectElement;
    await fireEvent.change(port, { target: { value: '2506' } });
    expect(zone.value).toBe('America/Los_Angeles');
    await fireEvent.change(zone, { target: { value: 'America/Tijuana' } });
    await fireEvent.change(port, { target: { value: '2304' } });
    expect(zone.value).toBe('America/Tijuana');
  });

  it('shows typed markup as text, never as HTML', async () => {
    const hostile = draft({ reference: '<img src=x onerror=alert(1)>', direction: 'northbound', portOfEntry: null, plannedCrossing: null });
    mockIPC(() => hostile);
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const title = await screen.findByTestId('editor-title');
    await waitFor(() => expect(title.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('img')).toBeNull();
  });
});
