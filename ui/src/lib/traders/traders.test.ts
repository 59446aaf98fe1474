import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import TradersArea from './TradersArea.svelte';
import { traderView } from './view.svelte';
import { alertKey, daysText, newDriver, problemsAt, withoutEmptyCard } from './labels';
import { setLang, t } from '../i18n/index.svelte';
import type { Alert, RecordProblem, SearchPage, TraderDetail } from '../ipc';

afterEach(() => {
  cleanup();
  clearMocks();
  setLang('en');
  traderView.tab = 'alerts';
});

const cardAlert: Alert = {
  subject: 'driver',
  subjectId: 'd1',
  subjectName: 'José Luis Ramírez Treviño',
  membershipId: null,
  program: null,
  kind: { due: 'fastCardExpiry' },
  on: '2026-12-21',
  daysLeft: 20,
  band: 30,
  actionEn: 'Have the driver renew the FAST card in the Trusted Traveler Programs site',
  actionEs: 'Pida al operador renovar su tarjeta FAST en el sitio de Trusted Traveler Programs',
  source: 'CBP FAST renewal page',
};

const empty: SearchPage = { hits: [], total: 0 };

describe('labels', () => {
  it('names every kind of alert and counts days both ways', () => {
    expect(alertKey({ due: 'ctpatAnnualReview' })).toBe('due.ctpatAnnualReview');
    expect(alertKey('suspended')).toBe('alert.suspended');
    expect(daysText(20, t)).toBe('in 20 days');
    expect(daysText(0, t)).toBe('today');
    expect(daysText(-3, t)).toBe('3 days ago');
  });

  it('stores an untouched FAST card as no card, never a card without a number', () => {
    expect(withoutEmptyCard(newDriver('c1')).fastCard).toBeNull();
    const withCard = { ...newDriver('c1'), fastCard: { passid: '429000111', expiresOn: '2027-01-31' } };
    expect(withoutEmptyCard(withCard).fastCard).toEqual({ passid: '429000111', expiresOn: '2027-01-31' });
  });

  it('finds the problems of a field and of what is under it', () => {
    const problems: RecordProblem[] = [
      { path: 'memberships[0].rubro', code: 'membership.rubro', messageEn: 'x', messageEs: 'y' },
      { path: 'ids.scac', code: 'scac.length', messageEn: 'x', messageEs: 'y' },
    ];
    expect(problemsAt(problems, 'memberships[0]').map((p) => p.code)).toEqual(['membership.rubro']);
    expect(problemsAt(problems, 'memberships[1]')).toEqual([]);
    expect(problemsAt(problems, 'ids')).toHaveLength(1);
  });
});

describe('trusted traders area', () => {
  it('groups what falls due and says it in both languages', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_trader_alerts') return [cardAlert];
      if (cmd === 'search_traders') return empty;
      throw new Error(`unexpected ${cmd}`);
    });
    render(TradersArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toContain('in 20 days'));
    expect(screen.getByTestId('alerts-board').textContent).toContain('Within 30 days');
    expect(screen.getByTestId('alert').textContent).toContain('FAST card expires');
    setLang('es');
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toContain('en 20 días'));
    expect(screen.getByTestId('alert').textContent).toContain('Pida al operador renovar');
  });

  it('shows a refused save field by field and stores nothing', async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'list_trader_alerts') return [];
      if (cmd === 'search_traders') return empty;
      if (cmd === 'save_trader') {
        saved.push(args);
        return { outcome: 'invalid', problems: [{ path: 'ids.scac', code: 'scac.length', messageEn: 'A SCAC has 2 to 4 letters', messageEs: 'Un SCAC tiene de 2 a 4 letras' }] };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(TradersArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('tab-company'));
    await fireEvent.click(await screen.findByTestId('new-trader'));
    await fireEvent.input(await screen.findByTestId('tf-name'), { target: { value: 'Transportes X' } });
    await fireEvent.input(screen.getByTestId('tf-ids-scac'), { target: { value: 'T1' } });
    await fireEvent.click(screen.getByTestId('trader-save'));
    await waitFor(() => expect(screen.getByTestId('trader-problems')).toBeTruthy());
    const problem = screen.getAllByTestId('problem').find((p) => p.dataset.path === 'ids.scac');
    expect(problem?.textContent).toBe('A SCAC has 2 to 4 letters');
    expect((saved[0] as { record: { record: { name: string } } }).record.record.name).toBe('Transportes X');
  });

  it('keeps a date that is not one on screen, marked, and does not save it', async () => {
    mockIPC((cmd) => {
      if (cmd === 'list_trader_alerts') return [];
      if (cmd === 'search_traders') return empty;
      throw new Error(`unexpected ${cmd}`);
    });
    render(TradersArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('tab-company'));
    await fireEvent.click(await screen.findByTestId('new-trader'));
    await fireEvent.click(await screen.findByTestId('add-membership'));
    await fireEvent.input(screen.getByTestId('tf-memberships-0--certifiedOn'), { target: { value: '03/14/2023' } });
    await waitFor(() => expect((screen.getByTestId('trader-save') as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getAllByTestId('problem')[0]!.textContent).toContain('YYYY-MM-DD');
  });

  it('opens a record with its standing today', async () => {
    const detail: TraderDetail = {
      stored: {
        id: 'c1',
        revision: 2,
        updatedAt: '2026-11-23T16:00:00Z',
        updatedBy: 'Ana Ramírez',
        record: {
          kind: 'company',
          record: {
            name: 'Gulf Coast Auto Supply LLC',
            roles: ['importer'],
            country: 'US',
            address: { street: '', city: '', state: '', postalCode: '', country: '' },
            ids: { rfc: '', importerNumber: '12-345678900', mid: '', scac: '', caat: '', filerCode: '', patente: '' },
            memberships: [
              {
                id: 'm1', program: 'ctpat', rubro: 'importer', tier: 'II', account: '', certifiedOn: '2022-05-02', validatedOn: '2023-01-18',
                reviewedOn: null, expiresOn: null, renewalFiledOn: null,
                statusChanges: [{ kind: 'suspended', on: '2026-11-01', note: 'seal finding' }], evidence: [], enteredBy: 'Ana Ramírez', enteredAt: '2026-11-23T16:00:00Z',
              },
            ],
            notes: '',
            archived: false,
          },
        },
      },
      memberships: [{ standing: 'suspended', validTo: null, due: [{ kind: 'ctpatRevalidation', on: '2027-01-18', opensOn: null, source: '6 U.S.C. 969' }] }],
      card: null,
      today: '2026-11-23',
    };
    mockIPC((cmd) => {
      if (cmd === 'list_trader_alerts') return [];
      if (cmd === 'search_traders') return { hits: [{ kind: 'company', id: 'c1', revision: 2, title: 'Gulf Coast Auto Supply LLC', detail: 'IOR 12-345678900', archived: false }], total: 1 };
      if (cmd === 'get_trader') return detail;
      throw new Error(`unexpected ${cmd}`);
    });
    render(TradersArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('tab-company'));
    await fireEvent.click(await screen.findByTestId('trader-row'));
    await waitFor(() => expect(screen.getByTestId('membership-standing').dataset.standing).toBe('suspended'));
    expect(screen.getByTestId('membership-standing').textContent).toBe('Suspended');
    expect(screen.getByTestId('membership-due').textContent).toContain('Revalidation due Jan 18, 2027');
    expect(screen.getByTestId('trader-revision').textContent).toContain('Revision 2');
  });
});

describe('carrier file import', () => {
  it('previews every row with its problems and imports only the rows without problems', async () => {
    const imported: unknown[] = [];
    const carrier = { kind: 'company' as const, id: 'c1', revision: 1, title: 'Transportes del Norte', detail: 'SCAC TRNM', archived: false };
    mockIPC((cmd, args) => {
      if (cmd === 'list_trader_alerts') return [];
      if (cmd === 'search_traders') return { hits: [carrier], total: 1 };
      if (cmd === 'plugin:dialog|open') return '/home/ana/drivers.csv';
      if (cmd === 'preview_trader_import')
        return {
          outcome: 'preview',
          preview: {
            file: 'drivers.csv',
            sha256: 'ab'.repeat(32),
            preview: {
              kind: 'drivers',
              encoding: 'Windows-1252',
              ignoredColumns: ['radio'],
              rows: [
                { line: 2, record: { kind: 'driver', record: { ...newDriver('c1'), name: 'Ana Ruiz' } }, problems: [] },
                {
                  line: 3,
                  record: { kind: 'driver', record: { ...newDriver('c1'), name: 'Beto Sanz' } },
                  problems: [{ path: 'fast_expires', code: 'date.format', messageEn: '"10/01/2027" in column fast_expires is not a date written YYYY-MM-DD', messageEs: '"10/01/2027" en la columna fast_expires no es una fecha escrita AAAA-MM-DD' }],
                },
              ],
            },
          },
        };
      if (cmd === 'import_traders') {
        imported.push(args);
        return { stored: 1, skipped: 1 };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(TradersArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await fireEvent.click(await screen.findByTestId('open-import'));
    await waitFor(() => expect(screen.getByTestId('import-carrier').querySelectorAll('option').length).toBe(2));
    await fireEvent.change(screen.getByTestId('import-carrier'), { target: { value: 'c1' } });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(2));
    expect(screen.getByTestId('import-summary').textContent).toBe('drivers.csv: 2 rows, 1 without problems.');
    expect(screen.getByTestId('import-panel').textContent).toContain('Read as Windows-1252 text');
    expect(screen.getAllByTestId('import-row')[1]!.textContent).toContain('is not a date written YYYY-MM-DD');
    setLang('es');
    await waitFor(() => expect(screen.getAllByTestId('import-row')[1]!.textContent).toContain('no es una fecha escrita AAAA-MM-DD'));
    expect(screen.getByTestId('import-accept').textContent).toBe('Importar las filas sin problemas (1) y dejar fuera las demás (1)');
    await fireEvent.click(screen.getByTestId('import-accept'));
    await waitFor(() => expect(imported).toHaveLength(1));
    expect(imported[0]).toMatchObject({ carrierId: 'c1', sha256: 'ab'.repeat(32), skipRowsWithProblems: true, kind: 'drivers' });
  });
});
