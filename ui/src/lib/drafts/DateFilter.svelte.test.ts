import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import DateFilter from './DateFilter.svelte';
import { setLang } from '../i18n/index.svelte';

afterEach(() => {
  cleanup();
  setLang('en');
});

function setup(value: string | null = null) {
  const state = $state({ value, changes: 0 });
  render(DateFilter, {
    get value() {
      return state.value;
    },
    set value(v: string | null) {
      state.value = v;
    },
    id: 'from',
    label: 'Crossing from',
    testid: 'from',
    onchange: () => state.changes++,
  });
  return { state, input: screen.getByTestId('from') as HTMLInputElement };
}

describe('date filter', () => {
  it('filters only on a real date typed as YYYY-MM-DD, and on clearing it', async () => {
    const { state, input } = setup();
    expect(input.placeholder).toBe('YYYY-MM-DD');
    await fireEvent.input(input, { target: { value: '2026-12' } });
    expect(state.value).toBeNull();
    expect(state.changes).toBe(0);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(input, { target: { value: '2026-12-01' } });
    expect(state.value).toBe('2026-12-01');
    expect(state.changes).toBe(1);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await fireEvent.input(input, { target: { value: '2026-02-30' } });
    expect(state.value).toBe('2026-12-01');
    expect(screen.getByText('Write the date as YYYY-MM-DD, for example 2026-12-01.')).toBeTruthy();
    await fireEvent.input(input, { target: { value: '' } });
    expect(state.value).toBeNull();
    expect(state.changes).toBe(2);
  });

  it('shows a date kept from before, and the placeholder in Spanish', async () => {
    setLang('es');
    const { input } = setup('2026-11-30');
    expect(input.value).toBe('2026-11-30');
    expect(input.placeholder).toBe('AAAA-MM-DD');
  });
});
