import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from './autosave';

function setup(save: () => Promise<void>) {
  const states: SaveState[] = [];
  const autosave = new Autosave({
    delayMs: 800,
    save,
    isConflict: (e) => e === 'conflict',
    onState: (s) => states.push(s),
  });
  return { autosave, states };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, after typing has stopped for the delay', async () => {
    const save = vi.fn(async () => {});
    const { autosave, states } = setup(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saved');
    expect(states).toContain('saving');
  });

  it('never runs two saves at once; a change during a save is saved after it', async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { autosave, states } = setup(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once what is pending and waits for it', async () => {
    const save = vi.fn(async () => {});
    const { autosave } = setup(save);
    autosave.changed();
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.state).toBe('saved');
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('stops on a conflict and keeps the edit pending until resumed', async () => {
    const save = vi.fn(async (): Promise<void> => {
      throw 'conflict';
    });
    const { autosave } = setup(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.state).toBe('conflict');
    autosave.changed();
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    save.mockImplementation(async () => {});
    autosave.resume(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.state).toBe('saved');
  });

  it('a failed save is retried by the next change', async () => {
    const save = vi.fn(async (): Promise<void> => {
      throw new Error('disk full');
    });
    const { autosave } = setup(save);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.state).toBe('failed');
    save.mockImplementation(async () => {});
    autosave.changed();
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.state).toBe('saved');
  });
});
