import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import CrossingsArea from './CrossingsArea.svelte';
import { clock, duration, eventForKey, EVENT_KEYS, EVENT_KINDS, instantToPortLocal, portLocalToInstant } from './labels';
import { crossingView } from './view.svelte';
import { setLang } from '../i18n/index.svelte';
import type { Board, BoardEntry } from '../ipc';

afterEach(() => {
  cleanup();
  clearMocks();
  setLang('en');
  crossingView.tab = 'board';
  crossingView.opened = null;
  crossingView.creating = false;
});

describe('labels', () => {
  it('gives every event its own letter', () => {
    const letters = EVENT_KINDS.map((k) => EVENT_KEYS[k]);
    expect(new Set(letters).size).toBe(EVENT_KINDS.length);
    expect(letters.every((l) => /^[a-z]$/.test(l) && l !== 'e')).toBe(true);
    expect(eventForKey('G', ['mxSelectionGreen', 'mxSelectionRed'])).toBe('mxSelectionGreen');
    expect(eventForKey('l', ['mxSelectionGreen'])).toBeUndefined();
  });

  it('counts down and reads durations', () => {
    expect(clock(3849)).toBe('1:04:09');
    expect(clock(-65)).toBe('1:05');
    expect(duration(45)).toBe('45 s');
    expect(duration(3900)).toBe('1 h 05 min');
  });

  it('reads a time typed at the port in the port’s zone, and refuses the hours the clocks skip or repeat', () => {
    expect(portLocalToInstant('2026-12-01 09:40', 'America/Chicago')).toEqual({ instant: '2026-12-01T15:40:00.000Z' });
    expect(portLocalToInstant('2026-07-01T09:40', 'America/Chicago')).toEqual({ instant: '2026-07-01T14:40:00.000Z' });
    expect(portLocalToInstant('2026-07-01 09:40', 'America/Phoenix')).toEqual({ instant: '2026-07-01T16:40:00.000Z' });
    expect(portLocalToInstant('2026-03-08 03:30', 'America/Chicago')).toEqual({ instant: '2026-03-08T08:30:00.000Z' });
    expect(portLocalToInstant('2026-03-08 02:30', 'America/Chicago')).toEqual({ problem: 'skipped' });
    expect(portLocalToInstant('2026-11-01 01:30', 'America/Chicago')).toEqual({ problem: 'ambiguous' });
    expect(portLocalToInstant('01/12/2026 09:40', 'America/Chicago')).toEqual({ problem: 'format' });
    expect(instantToPortLocal('2026-12-01T15:40:00Z', 'America/Chicago')).toBe('2026-12-01 09:40');
  });
});

function entry(over: Partial<BoardEntry['row']> = {}): BoardEntry {
  const due = new Date(Date.now() + 20 * 60 * 1000).toISOString();
  return {
    row: {
      id: 'x1',
      revision: 1,
      tripNumber: 'TRNM20261201A',
      direction: 'northbound',
      usPort: '2304',
      portName: 'Laredo',
      crossing: '230404',
      crossingName: 'Laredo World Trade Bridge',
      zone: 'America/Chicago',
      carrier: 'Transportes Regiomontanos',
      scac: 'TRNM',
      driver: 'José Luis Ramírez Treviño',
      tractorPlate: 'AB1234C',
      fastLane: false,
      arrival: null,
      stage: 'mexicanCustoms',
      stageSince: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
      deadline: { due, state: 'near', secondsLeft: 1200, source: '19 CFR 123.92(a)' },
      lastEvent: 'mxSelectionGreen',
      lastEventAt: new Date().toISOString(),
      flagged: 0,
      next: ['arrivedUsBooth', 'ucpJointInspection', 'released'],
      declarations: 2,
      usedUcp: false,
      ...over,
    },
    fast: { applies: true, qualifies: true, problems: [] },
    wait: {
      portNumber: '230404',
      portName: 'Laredo',
      crossingName: 'World Trade Bridge',
      standard: { state: 'open', delayMinutes: 45, lanesOpen: 10, updatedAt: null },
      fast: { state: 'missing', reason: 'lanesClosed' },
      observedAt: new Date().toISOString(),
      ageSeconds: 600,
      stale: false,
      inLatest: true,
    },
  };
}

describe('the board', () => {
  it('records an event with E and its letter, the joint inspection as it starts, outcomes unknown', async () => {
    const recorded: unknown[] = [];
    const board = (): Board => ({ groups: [{ usPort: '2304', portName: 'Laredo', entries: [entry()] }], total: 1, shown: 1, now: new Date().toISOString() });
    mockIPC((cmd, args) => {
      if (cmd === 'get_board') return board();
      if (cmd === 'list_us_ports') return [];
      if (cmd === 'record_event') {
        recorded.push(args);
        return { outcome: 'invalid', problems: [] };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(CrossingsArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    const grid = await screen.findByTestId('board');
    await waitFor(() => expect(screen.getAllByTestId('board-row')).toHaveLength(1));
    expect(screen.getByTestId('row-deadline').getAttribute('data-state')).toBe('near');
    expect(screen.getByTestId('row-deadline').textContent).toMatch(/due in (19|20):\d\d/);
    expect(screen.getByTestId('lane-wait').textContent).toContain('Std 45 min');
    expect(screen.getByTestId('lane-wait').textContent).toContain('FAST —');
    await fireEvent.keyDown(grid, { key: 'e' });
    const menu = await screen.findByTestId('event-menu');
    expect(menu.textContent).toContain('UCP joint inspection');
    await fireEvent.keyDown(menu, { key: 'u' });
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(recorded[0]).toEqual({ id: 'x1', event: { kind: 'ucpJointInspection', at: null, note: '', cbp: null, mx: null, exam: null, corrects: null } });
    setLang('es');
    await waitFor(() => expect(screen.getByTestId('row-stage').textContent).toBe('Aduana de México'));
    expect(screen.getByTestId('lane-wait').textContent).toContain('Normal 45 min');
  });

  it('says when no truck is at the border', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_board') return { groups: [], total: 0, shown: 0, now: new Date().toISOString() };
      if (cmd === 'list_us_ports') return [];
      throw new Error(`unexpected ${cmd}`);
    });
    render(CrossingsArea, { registerFlush: () => {}, notify: () => {}, openArea: () => {} });
    await waitFor(() => expect(screen.getByTestId('board').textContent).toContain('No truck is at the border'));
  });
});
