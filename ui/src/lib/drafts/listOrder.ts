// The orders of the declarations list: each order, either way, as the Order box and the column
// headers offer them.
import type { DraftQuery, DraftSort } from '../ipc';

export const SORTS: DraftSort[] = ['newest', 'recentlyUpdated', 'reference', 'crossing'];

export type SortDirection = 'ascending' | 'descending';

/** How each order runs when not reversed, as the store sorts it. */
export const SORT_DIRECTION: Record<DraftSort, SortDirection> = {
  newest: 'descending',
  recentlyUpdated: 'descending',
  reference: 'ascending',
  crossing: 'ascending',
};

const flip = (d: SortDirection): SortDirection => (d === 'ascending' ? 'descending' : 'ascending');

/** The Order box's choices: each order, then the same run backwards. */
export const ORDERS = SORTS.flatMap((sort) => [
  { key: sort as string, sort, reversed: false },
  { key: `${sort}-reversed`, sort, reversed: true },
]);

/** The Order box's key for the list's current order. */
export const orderKey = (q: Pick<DraftQuery, 'sort' | 'reversed'>): string => (q.reversed ? `${q.sort}-reversed` : q.sort);

/** The way a column's order runs now (or would run, for a column not in use). */
export function directionOf(q: Pick<DraftQuery, 'sort' | 'reversed'>, sort: DraftSort): SortDirection {
  return q.sort === sort && q.reversed ? flip(SORT_DIRECTION[sort]) : SORT_DIRECTION[sort];
}

/** A click on a column header: its order, or the same order backwards when it is already in use. */
export function headerClick(q: Pick<DraftQuery, 'sort' | 'reversed'>, sort: DraftSort): { sort: DraftSort; reversed: boolean } {
  return { sort, reversed: q.sort === sort ? !q.reversed : false };
}
