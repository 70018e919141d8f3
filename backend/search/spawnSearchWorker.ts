import type { Worker } from 'node:worker_threads';
import { spawnBackendWorker } from '../workerThreads';

/** Starts the search worker: out/main/searchWorker.js when built, searchWorker.ts through tsx from source. */
export function spawnSearchWorker(): Worker {
  return spawnBackendWorker(import.meta.url, 'searchWorker');
}
