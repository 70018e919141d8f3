import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATHER_MS, MAX_IDS, SnippetRequests } from './snippetRequests';

describe('SnippetRequests', () => {
  let asked: string[][];
  let requests: SnippetRequests;
  beforeEach(() => {
    vi.useFakeTimers();
    asked = [];
    requests = new SnippetRequests(async (ids) => {
      asked.push(ids);
    });
  });
  afterEach(() => vi.useRealTimers());

  it('gathers the rows shown during a scroll into one request', () => {
    requests.want(['a', 'b']);
    vi.advanceTimersByTime(GATHER_MS / 2);
    requests.want(['b', 'c']);
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked).toEqual([['a', 'b', 'c']]);
  });

  it('asks for each id once per search, and again after a reset', () => {
    requests.reset(['first']);
    requests.want(['first', 'a']);
    vi.advanceTimersByTime(GATHER_MS);
    requests.want(['a']);
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked).toEqual([['a']]);
    requests.reset();
    requests.want(['a']);
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('drops what was waiting when a new search resets it', () => {
    requests.want(['a']);
    requests.reset();
    vi.advanceTimersByTime(GATHER_MS * 2);
    expect(asked).toEqual([]);
  });

  it('splits a long list into requests the channel accepts', () => {
    const ids = Array.from({ length: MAX_IDS + 5 }, (_, i) => `id${i}`);
    requests.want(ids);
    vi.advanceTimersByTime(GATHER_MS);
    expect(asked.map((chunk) => chunk.length)).toEqual([MAX_IDS, 5]);
    expect(asked.flat()).toEqual(ids);
  });
});
