import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import DraftEditor from './DraftEditor.svelte';
import { setLang } from '../i18n/index.svelte';
import type { Declaration, Finding, UsPort } from '../ipc';
import { checkedOf, draftOf, emptyDeclaration, savedOf } from '../testing/declaration';

const ports: UsPort[] = [
  { code: '2304', name: 'Laredo', state: 'TX', timeZone: 'America/Chicago' },
  { code: '2506', name: 'Otay Mesa', state: 'CA', timeZone: 'America/Los_Angeles' },
];

const stored = checkedOf(emptyDeclaration('LRD-1'));
const slow = { timeout: 3000 };

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  clearMocks();
});

describe('DraftEditor', () => {
  it('autosaves shortly after typing stops, as the next revision, and says so', async () => {
    const saves: { declaration: Declaration; expectedRevision: number }[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'get_draft') return stored;
      if (cmd === 'save_draft') {
        const a = args as { declaration: Declaration; expectedRevision: number };
        saves.push(a);
        return savedOf(a.expectedRevision + 1);
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    expect(screen.getByTestId('save-state').dataset.state).toBe('saved');

    await fireEvent.input(reference, { target: { value: 'LRD-2' } });
    expect(screen.getByTestId('save-state').dataset.state).toBe('pending');
    expect(saves).toHaveLength(0);
    await waitFor(() => expect(screen.getByTestId('save-state').dataset.state).toBe('saved'), slow);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.expectedRevision).toBe(1);
    expect(saves[0]?.declaration.reference).toBe('LRD-2');

    // The next edit starts from the revision just saved.
    await fireEvent.input(reference, { target: { value: 'LRD-3' } });
    await waitFor(() => expect(saves).toHaveLength(2), slow);
    expect(saves[1]?.expectedRevision).toBe(2);
  });

  it('on a conflict stops saving and lets the user load the other version', async () => {
    let gets = 0;
    mockIPC((cmd) => {
      if (cmd === 'get_draft') return (gets++, checkedOf(emptyDeclaration(gets > 1 ? 'THEIRS' : 'LRD-1'), gets));
      if (cmd === 'save_draft') throw { code: 'conflict', message: 'draft "d1" was saved by someone else' };
      throw new Error(`unexpected ${cmd}`);
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    await fireEvent.input(reference, { target: { value: 'MINE' } });
    const banner = await screen.findByTestId('editor-error', {}, slow);
    expect(banner.dataset.code).toBe('conflict');
    expect(screen.getByTestId('save-state').dataset.state).toBe('conflict');
    await fireEvent.click(screen.getByTestId('conflict-reload'));
    await waitFor(() => expect(reference.value).toBe('THEIRS'));
    expect(screen.getByTestId('save-state').dataset.state).toBe('saved');
    expect(screen.queryByTestId('editor-error')).toBeNull();
  });

  it('left during a conflict, keeps the user\'s version as a new draft and overwrites nothing', async () => {
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === 'get_draft') return stored;
      if (cmd === 'save_draft') throw { code: 'conflict', message: 'saved by someone else' };
      if (cmd === 'keep_as_copy') {
        const a = args as { declaration: Declaration; reference: string };
        return { ...draftOf({ ...a.declaration, reference: a.reference }), id: 'd2', reference: a.reference };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    let kept: [string, string] | null = null;
    const { unmount } = render(DraftEditor, { id: 'd1', ports, onClose: () => {}, onKeptCopy: (copy: string, reference: string) => (kept = [copy, reference]) });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await waitFor(() => expect(reference.value).toBe('LRD-1'));
    const exporter = () => screen.queryByTestId('field-parties.exporter.name');
    await fireEvent.input(reference, { target: { value: 'LRD-1-B' } });
    await fireEvent.click(screen.getByTestId('tab-parties'));
    await waitFor(() => expect(exporter()).not.toBeNull());
    await fireEvent.input(exporter()!, { target: { value: 'Frenos del Norte' } });
    await screen.findByTestId('editor-error', {}, slow);
    unmount();
    // The copy carries the user's reference; the notice names the other draft as it is listed.
    await waitFor(() => expect(kept).toEqual(['LRD-1-B (your version)', 'LRD-1']));
    const copy = calls.filter((c) => c.cmd === 'keep_as_copy');
    expect(copy).toHaveLength(1);
    expect(copy[0]!.args.reference).toBe('LRD-1-B (your version)');
    expect((copy[0]!.args.declaration as Declaration).parties.exporter.name).toBe('Frenos del Norte');
    // The other person's draft was never written over.
    expect(calls.filter((c) => c.cmd === 'save_draft' && c.args.id === 'd1')).toHaveLength(1);
  });

  it('puts a backend field error next to its field when creating, in the current language', async () => {
    mockIPC(() => {
      throw { code: 'reference_required', message: 'the reference is empty' };
    });
    render(DraftEditor, { id: null, ports, onClose: () => {} });
    const reference = (await screen.findByTestId('field-reference')) as HTMLInputElement;
    await fireEvent.input(reference, { target: { value: '   ' } });
    await fireEvent.click(screen.getByTestId('save'));
    const message = await screen.findByTestId('error-reference');
    expect(message.textContent).toBe('Enter a reference.');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    setLang('es');
    await waitFor(() => expect(message.textContent).toBe('Escriba una referencia.'));
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

  it('shows typed markup as text, never as HTML, in the title and in fields', async () => {
    const d = emptyDeclaration('<img src=x onerror=alert(1)>');
    d.parties.exporter.name = '<script>window.hacked = 1</script><b>bold</b>';
    mockIPC(() => checkedOf(d));
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const title = await screen.findByTestId('editor-title');
    await waitFor(() => expect(title.textContent).toContain('<img src=x onerror=alert(1)>'));
    await fireEvent.click(screen.getByTestId('tab-parties'));
    const name = (await screen.findByTestId('field-parties.exporter.name')) as HTMLInputElement;
    expect(name.value).toBe('<script>window.hacked = 1</script><b>bold</b>');
    expect(document.querySelector('img, b, script')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('validation panel', () => {
  const findings: Finding[] = [
    { code: 'rfc.check_digit', severity: 'error', path: 'parties.mexicanParty.rfc', messageEn: 'The RFC check digit is wrong', messageEs: 'El dígito verificador del RFC es incorrecto', source: 'SAT' },
    { code: 'hts.format', severity: 'error', path: 'lines[1].hts', messageEn: 'HTS must have 10 digits', messageEs: 'La HTS debe tener 10 dígitos', source: 'CBP' },
    { code: 'seals.none', severity: 'warning', path: 'transport.seals', messageEn: 'No seal recorded', messageEs: 'No hay sellos', source: 'CBP' },
  ];

  function withLines() {
    const d = emptyDeclaration();
    d.lines = [0, 1, 2].map((i) => ({
      description: `Line ${i}`, hts: '', fraccion: '', nico: '', usQuantity: null, usUnit: '', usQuantity2: null, usUnit2: '', mxQuantity: null, mxUnit: '',
      mxTariffQuantity: null, mxTariffUnit: '', grossKg: null, netKg: null, packages: null, packageKind: '', invoiceNumber: '',
      value: null, valueUsd: null, countryOfOrigin: '', originCriterion: '', manufacturerMid: '', additionalHts: [],
      metal: { meltPour: '', primarySmelt: '', secondarySmelt: '', cast: '' }, igiRate: null,
    }));
    return d;
  }

  it('takes the findings of a screening answer, so a match decided a moment ago blocks at once', async () => {
    const confirmed: Finding = {
      code: 'screening.confirmed_match', severity: 'error', path: 'parties.mexicanParty.name',
      messageEn: 'The party is SAT 69-B entry AAA120730823', messageEs: 'La parte es la entrada AAA120730823 del 69-B del SAT', source: 'SAT',
    };
    let screenings = 0;
    mockIPC((cmd) => {
      if (cmd === 'get_draft') return checkedOf(withLines(), 1, []);
      if (cmd === 'screen_draft') {
        screenings++;
        return { parties: [], lists: [], missing: [], newHits: 0, findings: [confirmed] };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const count = await screen.findByTestId('error-count');
    await waitFor(() => expect(count.dataset.errors).toBe('1'));
    expect(screenings).toBe(1);
    expect(screen.getAllByTestId('finding').map((i) => i.dataset.code)).toEqual(['screening.confirmed_match']);
  });

  it('groups findings by severity and section, counts blocking errors, and takes the user to the field', async () => {
    mockIPC(() => checkedOf(withLines(), 1, findings));
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    const count = await screen.findByTestId('error-count');
    await waitFor(() => expect(count.dataset.errors).toBe('2'));
    expect(count.textContent).toContain('Errors blocking filing: 2');
    const panel = screen.getByTestId('findings-panel');
    expect(panel.textContent).toContain('Errors (2)');
    expect(panel.textContent).toContain('Warnings (1)');
    const items = screen.getAllByTestId('finding');
    expect(items.map((i) => i.dataset.code)).toEqual(['rfc.check_digit', 'hts.format', 'seals.none']);

    await fireEvent.click(items[0]!);
    const rfc = await screen.findByTestId('field-parties.mexicanParty.rfc');
    await waitFor(() => expect(document.activeElement).toBe(rfc));
    expect(rfc.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('tab-parties').getAttribute('aria-selected')).toBe('true');

    await fireEvent.click(items[1]!);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cell-lines[1].hts')));
    expect(screen.getByTestId('cell-lines[1].hts').getAttribute('aria-invalid')).toBe('true');

    setLang('es');
    await waitFor(() => expect(panel.textContent).toContain('El dígito verificador del RFC es incorrecto'));
    expect(count.textContent).toContain('Errores que impiden transmitir: 2');
  });
});

describe('side panels', () => {
  it('are drawn from the registry, one button each, the first shown when the editor opens', async () => {
    const { SIDE_PANELS } = await import('./panels');
    mockIPC((cmd) => {
      if (cmd === 'get_draft') return checkedOf(emptyDeclaration('SIDE-1'));
      if (cmd === 'get_history') return [{ revision: 1, savedAt: '2026-11-23T16:00:00Z', author: 'ana', note: { kind: 'created' } }];
      throw new Error(`unexpected ${cmd}`);
    });
    render(DraftEditor, { id: 'd1', ports, onClose: () => {} });
    await screen.findByTestId('findings-panel');
    const buttons = SIDE_PANELS.map((p) => screen.getByTestId(`show-${p.id}`));
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(SIDE_PANELS.map((_, i) => String(i === 0)));
    await fireEvent.click(screen.getByTestId('show-history'));
    await screen.findByTestId('history-panel');
    expect(screen.queryByTestId('findings-panel')).toBeNull();
    await fireEvent.click(screen.getByText('Close'));
    await screen.findByTestId('findings-panel');
  });
});
