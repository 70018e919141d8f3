import { afterEach, beforeEach } from 'vitest';
import { startInProcessDesk, type InProcessDesk } from './inProcessDesk';

/**
 * A fresh in-process desk for each test of the file that calls this, and a list of cleanups (clients,
 * temp folders) run last-first before that desk stops.
 */
export function inProcessDeskPerTest(): { readonly desk: InProcessDesk; cleanups: Array<() => Promise<void>> } {
  let desk: InProcessDesk | null = null;
  const cleanups: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    desk = await startInProcessDesk();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await desk?.stop();
    desk = null;
  });
  return {
    get desk() {
      if (!desk) throw new Error('The in-process desk starts before each test.');
      return desk;
    },
    cleanups,
  };
}
