import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { spawnBackendWorker } from '../backend/workerThreads';

export interface OtherWork {
  /** Mean number of runnable threads outside the bench's process tree over the window (see otherLoad.ts). */
  mean: number;
  samples: number;
}

/** A window opened at a group's start; `end()` gives the other work's mean load over it. */
export interface LoadWindow {
  end(): Promise<OtherWork>;
}

export interface LoadSampler {
  window(): LoadWindow;
  close(): Promise<void>;
}

/**
 * Starts the other-work sampler (loadSamplerWorker.ts, a thread of the bench's own process), or returns
 * null where there is no /proc to read (not Linux): the runner then judges on the one-minute load average.
 */
export function startLoadSampler(): LoadSampler | null {
  if (!existsSync('/proc/self/stat')) return null;
  const worker: Worker = spawnBackendWorker(import.meta.url, 'loadSamplerWorker');
  // The sampler must never keep the bench alive, nor fail it.
  worker.unref();
  const waiting = new Map<number, (work: OtherWork) => void>();
  let next = 0;
  let broken = false;
  // A sampler that died answers every window with NaN: the runner then judges on the load average.
  const fail = () => {
    broken = true;
    for (const resolve of waiting.values()) resolve({ mean: NaN, samples: 0 });
    waiting.clear();
  };
  worker.on('error', (error) => {
    console.error(`The load sampler failed: ${error.message}`);
    fail();
  });
  worker.on('exit', fail);
  worker.on('message', (reply: { id: number; mean: number; count: number }) => {
    waiting.get(reply.id)?.({ mean: reply.mean, samples: reply.count });
    waiting.delete(reply.id);
  });
  return {
    window() {
      const from = Date.now();
      return {
        end: () =>
          broken
            ? Promise.resolve({ mean: NaN, samples: 0 })
            : new Promise<OtherWork>((resolve) => {
                const id = next++;
                waiting.set(id, resolve);
                worker.postMessage({ id, from, to: Date.now() });
              }),
      };
    },
    async close() {
      worker.postMessage('close');
      await worker.terminate();
    },
  };
}
