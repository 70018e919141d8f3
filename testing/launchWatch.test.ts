import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLaunch } from './launchWatch';

describe('watchLaunch', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('names the step a stalled launch is in, with the time each earlier step took', () => {
    const lines: string[] = [];
    const watch = watchLaunch('invalid-payload', { afterMs: 20_000, write: (l) => lines.push(l), now: () => Date.now() });
    watch.step('open the backend');
    vi.advanceTimersByTime(40);
    watch.step('start Chromium');
    vi.advanceTimersByTime(900);
    watch.step('load the app');
    vi.advanceTimersByTime(19_059);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(lines).toEqual([
      '[launch watch] invalid-payload: the app\'s launch is still running after 20000 ms, in "load the app" for 19060 ms (before: open the backend 40 ms, start Chromium 900 ms)',
    ]);
  });

  it('says nothing about a launch that ended in time', () => {
    const lines: string[] = [];
    const watch = watchLaunch('quick', { afterMs: 20_000, write: (l) => lines.push(l), now: () => Date.now() });
    watch.step('open the backend');
    watch.done();
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([]);
  });

  it('says when no step had begun', () => {
    const lines: string[] = [];
    watchLaunch('early', { afterMs: 1_000, write: (l) => lines.push(l), now: () => Date.now() });
    vi.advanceTimersByTime(1_000);
    expect(lines).toEqual(["[launch watch] early: the app's launch is still running after 1000 ms, before its first step"]);
  });
});
