import { describe, expect, it } from 'vitest';
import { FlushCoordinator } from './flushCoordinator';

describe('FlushCoordinator', () => {
  it('resolves when the renderer answers', async () => {
    const flush = new FlushCoordinator();
    const answered = await flush.waitForRenderer(() => setTimeout(() => flush.flushed(), 10), 1000);
    expect(answered).toBe(true);
  });

  it('gives up after the timeout', async () => {
    const flush = new FlushCoordinator();
    expect(await flush.waitForRenderer(() => undefined, 20)).toBe(false);
  });
});
