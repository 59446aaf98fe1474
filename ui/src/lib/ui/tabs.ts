// One tab of a `Tabs` row.
export interface Tab<T extends string> {
  id: T;
  label: string;
  /** A red count (errors in that section); omitted or 0 shows none. */
  badge?: number;
  /** What the badge means, for screen readers. */
  badgeLabel?: string;
  /** Pushed to the right end of the row. */
  end?: boolean;
}
