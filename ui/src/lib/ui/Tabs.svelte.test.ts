import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import Tabs from './Tabs.svelte';

afterEach(() => cleanup());

describe('Tabs', () => {
  it('marks the chosen tab, shows badges, and moves along with the arrow keys, Home and End', async () => {
    let selected = 'b';
    const tabs = [
      { id: 'a', label: 'Alpha' },
      { id: 'b', label: 'Beta', badge: 3, badgeLabel: '3 errors' },
      { id: 'c', label: 'Gamma', end: true },
    ];
    const { rerender } = render(Tabs, { tabs, selected, label: 'Sections', controls: 'panel', onSelect: (id: string) => (selected = id) });
    const tab = (id: string) => screen.getByTestId(`tab-${id}`);
    expect(tab('b').getAttribute('aria-selected')).toBe('true');
    expect(tab('b').tabIndex).toBe(0);
    expect(tab('a').tabIndex, 'one tab stop for the whole row').toBe(-1);
    expect(tab('b').querySelector('.badge')?.getAttribute('aria-label')).toBe('3 errors');
    expect(tab('a').querySelector('.badge')).toBeNull();

    await fireEvent.keyDown(tab('b'), { key: 'ArrowRight' });
    expect(selected).toBe('c');
    await rerender({ tabs, selected, label: 'Sections', controls: 'panel', onSelect: (id: string) => (selected = id) });
    await fireEvent.keyDown(tab('c'), { key: 'ArrowRight' });
    expect(selected, 'wraps around').toBe('a');
    await fireEvent.keyDown(tab('a'), { key: 'End' });
    expect(selected).toBe('c');
    await fireEvent.keyDown(tab('c'), { key: 'Home' });
    expect(selected).toBe('a');
    await fireEvent.keyDown(tab('a'), { key: 'x' });
    expect(selected).toBe('a');
    await fireEvent.click(tab('b'));
    expect(selected).toBe('b');
  });
});
