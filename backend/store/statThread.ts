import { Worker } from 'node:worker_threads';
import { stampsOf, type FileStamp } from './scanArticles';

/**
 * The thread's code, inline so that no worker file has to be built and packed beside the main bundle.
 * Each stamp is made as stampKey (scanArticles.ts) makes it: "size:mtimeMs:ctimeMs:ino", the same
 * JavaScript number printing on either thread; a failed stat is an empty line (a stamp never is).
 */
const STAT_THREAD = `
const { parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
parentPort.once('message', (paths) => {
  const out = new Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    let s = null;
    try { s = statSync(paths[i], { throwIfNoEntry: false }); } catch {}
    out[i] = s ? s.size + ':' + s.mtimeMs + ':' + s.ctimeMs + ':' + s.ino : '';
  }
  parentPort.postMessage(out.join('\\n'));
});
`;

/** A stat thread started ahead of time; `stamps` hands it the paths once they are known. */
export interface StatThread {
  stamps(paths: readonly string[]): Promise<(FileStamp | null)[]>;
  /** Stops a thread that will not be asked (the index is rebuilt instead). */
  cancel(): void;
}

/**
 * Stats every article file on a thread of its own, so a clean open's 10,000 stats run while the main
 * thread reads and parses library.json (a third of the open was these stats, one after the other, on
 * the main thread; through libuv's pool instead, each file's callback cost the main thread more than its
 * syscall). The thread starts before the folders are read, so its start-up overlaps that too, and it
 * ends by itself once it has answered. It never fails the open: if the thread cannot start or dies,
 * the stats are taken on the main thread as before.
 */
export function startStatThread(): StatThread {
  let worker: Worker | null = null;
  try {
    worker = new Worker(STAT_THREAD, { eval: true, stdout: false, stderr: false });
    // A thread that fails before it is asked must not surface as an uncaught error.
    worker.on('error', () => undefined);
  } catch {
    worker = null;
  }
  return {
    stamps(paths) {
      const thread = worker;
      worker = null;
      if (thread === null) return stampsOf(paths);
      return new Promise<string | null>((resolve) => {
        thread.once('message', (joined: string) => resolve(joined));
        thread.once('error', () => resolve(null));
        thread.once('exit', () => resolve(null));
        thread.postMessage(paths);
      }).then((joined) => {
        void thread.terminate();
        if (joined === null) return stampsOf(paths);
        // One string across, not 10,000: splitting it costs the main thread a millisecond.
        const lines = paths.length === 0 ? [] : joined.split('\n');
        if (lines.length !== paths.length) return stampsOf(paths);
        return lines.map((line) => (line === '' ? null : line));
      });
    },
    cancel() {
      void worker?.terminate();
      worker = null;
    },
  };
}
