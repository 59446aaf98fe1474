// The editor's side panels, as data: a new panel (screening results, trusted-trader status, the
// crossing timeline) is one entry here, drawn by SidePanels.svelte, not another branch in the page.
import type { Component } from 'svelte';
import type { MessageKey } from '../i18n/index.svelte';
import type { EditorSession } from './session.svelte';
import FindingsPanel from './FindingsPanel.svelte';
import HistoryPanel from './HistoryPanel.svelte';
import TrustedTradePanel from '../traders/TrustedTradePanel.svelte';
import ScreeningPanel from '../watchlists/ScreeningPanel.svelte';

/** What every side panel is given. */
export interface SidePanelProps {
  session: EditorSession;
  /** Shows the field at a path (a finding's, a compared field's) and puts the cursor in it. */
  onGo: (path: string) => void;
  /** Back to the first panel. */
  onClose: () => void;
}

export interface SidePanel {
  id: string;
  label: MessageKey;
  component: Component<SidePanelProps>;
}

/** In the order of their buttons; the first is shown when the editor opens. */
export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'findings', label: 'findings.title', component: FindingsPanel },
  { id: 'history', label: 'history.title', component: HistoryPanel },
  { id: 'trusted', label: 'trusted.title', component: TrustedTradePanel },
  { id: 'screening', label: 'screening.title', component: ScreeningPanel },
];
