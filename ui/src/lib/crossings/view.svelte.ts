// What the Crossings area shows, kept across trips to other areas: the tab, the crossing
// opened, the board's filters.
import type { BoardFilter } from '../ipc';

export type CrossingsTab = 'board' | 'waits' | 'figures' | 'import';

export const crossingView = $state<{ tab: CrossingsTab; opened: string | null; creating: boolean; filter: BoardFilter }>({
  tab: 'board',
  opened: null,
  creating: false,
  filter: { usPort: '', carrier: '', stage: null, text: '' },
});

/** The clock the countdowns read, ticking once a second while a Crossings screen is shown. */
export const ticker = $state<{ now: number }>({ now: Date.now() });
