import { describe, expect, it } from 'vitest';
import { ORDERS, directionOf, headerClick, orderKey } from './listOrder';

describe('list orders', () => {
  it('offer every order either way', () => {
    expect(ORDERS.map((o) => o.key)).toEqual([
      'newest', 'newest-reversed', 'recentlyUpdated', 'recentlyUpdated-reversed',
      'reference', 'reference-reversed', 'crossing', 'crossing-reversed',
    ]);
    expect(orderKey({ sort: 'crossing', reversed: true })).toBe('crossing-reversed');
  });

  it('a header click chooses its order, and a second click runs it backwards', () => {
    const fresh = { sort: 'newest' as const, reversed: false };
    const once = headerClick(fresh, 'reference');
    expect(once).toEqual({ sort: 'reference', reversed: false });
    expect(headerClick(once, 'reference')).toEqual({ sort: 'reference', reversed: true });
    expect(headerClick({ sort: 'reference', reversed: true }, 'crossing'), 'another column starts its own way').toEqual({ sort: 'crossing', reversed: false });
  });

  it('each column says which way it runs', () => {
    expect(directionOf({ sort: 'reference', reversed: false }, 'reference')).toBe('ascending');
    expect(directionOf({ sort: 'reference', reversed: true }, 'reference')).toBe('descending');
    expect(directionOf({ sort: 'reference', reversed: true }, 'recentlyUpdated'), 'a column not in use: its own way').toBe('descending');
  });
});
