import { parentPort } from 'node:worker_threads';
import { countOtherRunnable, meanBetween } from './otherLoad';

/**
 * The load sampler's thread (started by loadSampler.ts): twice a second it counts the runnable threads
 * outside the bench's process tree and keeps the count; asked for a window, it samples once more and
 * answers with the mean over that window. It runs on a thread of its own, so a long block on the
 * bench's main thread neither stops the sampling nor waits for it.
 */
const INTERVAL_MS = 500;
const samples: Array<{ at: number; runnable: number }> = [];
// Tasks seen once in the bench's tree stay its own, even re-parented.
const seen = new Set<string>();

const sample = () => samples.push({ at: Date.now(), runnable: countOtherRunnable('/proc', process.pid, seen) });

const timer = setInterval(sample, INTERVAL_MS);
sample();

parentPort!.on('message', (message: { id: number; from: number; to: number } | 'close') => {
  if (message === 'close') {
    clearInterval(timer);
    parentPort!.close();
    return;
  }
  sample();
  const to = Math.max(message.to, samples.at(-1)!.at);
  parentPort!.postMessage({
    id: message.id,
    mean: meanBetween(samples, message.from, to),
    count: samples.filter((s) => s.at >= message.from && s.at <= to).length,
  });
});
