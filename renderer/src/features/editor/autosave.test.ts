import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save = vi.fn(async () => undefined)) {
  const states: SaveState['kind'][] = [];
  const autosave = new Autosave({ delayMs: 800, save, onState: (s) => states.push(s.kind), describeError: (e) => String(e) });
  return { autosave, save, states };
}

describe('Autosave', () => {
  it('saves once, 800 ms after the last of a burst of changes', async () => {
    const { autosave, save, states } = setup();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(500);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledOnce();
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once and does nothing when clean', async () => {
    const { autosave, save } = setup();
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    autosave.changed();
    await autosave.flush();
    expect(save).toHaveBeenCalledOnce();
  });

  it('saves again after a change made during a save', async () => {
    let finish!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { autosave, states } = setup(save);
    autosave.changed();
    const first = autosave.flush();
    autosave.changed();
    finish();
    await first;
    expect(states.at(-1)).toBe('dirty');
    const second = autosave.flush();
    finish();
    await second;
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports an error and keeps the changes unsaved for the next try', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { autosave, states } = setup(save);
    autosave.changed();
    await autosave.flush();
    expect(states.at(-1)).toBe('error');
    expect(autosave.hasUnsavedChanges).toBe(true);
    await autosave.flush();
    expect(states.at(-1)).toBe('saved');
  });

  it('reports "dirty" once for a burst of keystrokes, and again after a save or an error', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { autosave, states } = setup(save);
    for (let i = 0; i < 50; i++) autosave.changed();
    expect(states).toEqual(['dirty']);
    await autosave.flush();
    autosave.changed();
    autosave.changed();
    expect(states).toEqual(['dirty', 'saving', 'error', 'dirty']);
    await autosave.flush();
    autosave.changed();
    expect(states).toEqual(['dirty', 'saving', 'error', 'dirty', 'saving', 'saved', 'dirty']);
  });
});
