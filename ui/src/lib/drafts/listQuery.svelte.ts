// What the declarations list is showing: kept while the user is in the editor, so going back
// returns to the same search, filters, order and page.
import type { DraftQuery } from '../ipc';

export const PAGE_SIZE = 50;

export function emptyQuery(): DraftQuery {
  return {
    text: '',
    status: null,
    direction: null,
    port: null,
    crossingFrom: null,
    crossingTo: null,
    sort: 'newest',
    reversed: false,
    offset: 0,
    limit: PAGE_SIZE,
  };
}

export const listQuery = $state<{ q: DraftQuery }>({ q: emptyQuery() });

/** Whether any filter (besides the order) narrows the list. */
export function filtered(q: DraftQuery): boolean {
  return Boolean(q.text.trim() || q.status || q.direction || q.port || q.crossingFrom || q.crossingTo);
}
