import { cpus, loadavg, totalmem } from 'node:os';

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export async function timeIt(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Times a measured operation and its baseline alternately, so both see the same machine: on a shared
 * 2-core box, load from other processes comes and goes, and back-to-back blocks would each catch a
 * different share of it.
 */
export async function interleaved(
  runs: number,
  measured: (i: number) => unknown,
  baseline: (i: number) => unknown,
  afterEach?: () => unknown,
): Promise<{ measured: number[]; baseline: number[] }> {
  const out = { measured: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < runs; i++) {
    out.baseline.push(await timeIt(() => baseline(i)));
    out.measured.push(await timeIt(() => measured(i)));
    await afterEach?.();
  }
  return out;
}

/** Records the longest stretch the event loop went without running a 1 ms timer. */
export function lagMonitor(): { stop(): { longestMs: number } } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      longest = Math.max(longest, performance.now() - last);
      return { longestMs: longest };
    },
  };
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`;
}

export const loadText = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
