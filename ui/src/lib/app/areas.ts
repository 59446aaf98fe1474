// The areas of the app, as data: the navigation draws one entry per area and Alt+1…9 opens them
// in this order. A new area (trusted traders, crossings, watchlists) is one entry here and a
// folder of its own under ui/src/lib/.
import type { Component } from 'svelte';
import type { MessageKey } from '../i18n/index.svelte';
import DeclarationsArea from '../drafts/DeclarationsArea.svelte';
import ReferenceArea from '../reference/ReferenceArea.svelte';
import TradersArea from '../traders/TradersArea.svelte';
import CrossingsArea from '../crossings/CrossingsArea.svelte';
import WatchlistsArea from '../watchlists/WatchlistsArea.svelte';

/** A message the frame shows above the area (a copy kept in a conflict, a failure). */
export interface Notice {
  kind: 'ok' | 'error';
  key: MessageKey;
  params?: Record<string, string>;
  /** Parameters that are messages themselves (an event's name), said in the language in use. */
  messageParams?: Record<string, MessageKey>;
  /** English technical detail shown under the message. */
  detail?: string;
}

/** What the frame gives every area. */
export interface AreaProps {
  /** The area's "save what is pending", run before the window closes or a backup is restored. */
  registerFlush: (flush: (() => Promise<void>) | null) => void;
  notify: (notice: Notice) => void;
  /** Opens another area (the editor's "import the schedules" opens Reference data). */
  openArea: (id: string) => void;
}

export interface Area {
  /** Remembered in preferences: a short lowercase word. */
  id: string;
  label: MessageKey;
  component: Component<AreaProps>;
}

export const AREAS: readonly Area[] = [
  { id: 'declarations', label: 'nav.declarations', component: DeclarationsArea },
  { id: 'crossings', label: 'nav.crossings', component: CrossingsArea },
  { id: 'traders', label: 'nav.traders', component: TradersArea },
  { id: 'watchlists', label: 'nav.watchlists', component: WatchlistsArea },
  { id: 'reference', label: 'nav.reference', component: ReferenceArea },
];

/** The area with this id, or the first one (an area remembered by a newer or older Cruce). */
export function areaOf(id: string | null | undefined): Area {
  return AREAS.find((a) => a.id === id) ?? AREAS[0]!;
}

/** The area Alt+<key> opens: Alt+1 the first, … Alt+9 the ninth. */
export function areaForShortcut(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): Area | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return undefined;
  return AREAS[Number(event.key) - 1];
}
