import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LatestSender } from './latestSender';

describe('LatestSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first state at once and the newest of each interval after it', () => {
    const sent: number[] = [];
    const sender = new LatestSender<number>(
      (n) => sent.push(n),
      150,
      () => Date.now(),
    );
    sender.offer(1);
    expect(sent).toEqual([1]);
    for (let n = 2; n <= 10; n++) {
      vi.advanceTimersByTime(10);
      sender.offer(n);
    }
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(150);
    expect(sent).toEqual([1, 10]);
    // Quiet for longer than the interval: the next state goes at once again.
    vi.advanceTimersByTime(500);
    sender.offer(11);
    expect(sent).toEqual([1, 10, 11]);
  });

  it('sends no more than one state per interval however fast they come', () => {
    const sent: number[] = [];
    const sender = new LatestSender<number>(
      (n) => sent.push(n),
      100,
      () => Date.now(),
    );
    for (let n = 0; n < 100; n++) {
      sender.offer(n);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(100);
    expect(sent.length).toBeLessThanOrEqual(11);
    expect(sent.at(-1)).toBe(99);
    expect([...sent].sort((a, b) => a - b)).toEqual(sent);
  });

  it('drops what waits when stopped, and sends nothing after', () => {
    const sent: string[] = [];
    const sender = new LatestSender<string>(
      (s) => sent.push(s),
      150,
      () => Date.now(),
    );
    sender.offer('here');
    sender.offer('moved');
    sender.stop();
    vi.advanceTimersByTime(1000);
    sender.offer('late');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual(['here']);
  });
});
