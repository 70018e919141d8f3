import type { DeskStatus } from './deskStatus';

interface Settling {
  isSettled(): Promise<boolean>;
  status(): DeskStatus;
  onChange(listener: () => void): () => void;
}

/**
 * Resolves when the sync reports itself settled, re-checking once per event-loop turn however many
 * documents reported in it (a first sync: thousands); rejects after `timeoutMs` or on a refusal.
 */
export function waitUntilSettled(sync: Settling, timeoutMs: number): Promise<DeskStatus> {
  return new Promise((resolve, reject) => {
    let done = false;
    const check = async () => {
      try {
        if (!done && (await sync.isSettled())) finish(() => resolve(sync.status()));
      } catch (error) {
        finish(() => reject(error as Error));
      }
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`The desk did not finish syncing in ${timeoutMs / 1000} s: ${sync.status().waiting} changes waiting.`)),
        ),
      timeoutMs,
    );
    let scheduled = false;
    const off = sync.onChange(() => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        void check();
      });
    });
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      off();
      settle();
    };
    void check();
  });
}
