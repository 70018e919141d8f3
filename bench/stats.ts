import { cpus, loadavg } from 'node:os';

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
export async function interleaved(runs: number, measured: (i: number) => unknown, baseline: (i: number) => unknown): Promise<{ measured: number[]; baseline: number[] }> {
  const out = { measured: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < runs; i++) {
    out.baseline.push(await timeIt(() => baseline(i)));
    out.measured.push(await timeIt(() => measured(i)));
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
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}; load average ${load}`;
}

export interface Row {
  name: string;
  value: number;
  unit: 'ms' | '×';
  baseline?: { name: string; value: number };
  target?: string;
  /** Undefined when the row has no target. */
  pass?: boolean;
  note?: string;
}

export function formatRow(row: Row): string {
  const value = `${row.value.toFixed(row.value < 10 ? 2 : 1)} ${row.unit}`;
  // A row whose value is already a ratio shows its baseline without dividing again.
  const ratio = row.unit === 'ms' && row.baseline ? ` (ratio ${(row.value / row.baseline.value).toFixed(2)})` : '';
  const base = row.baseline ? `  vs ${row.baseline.name} ${row.baseline.value.toFixed(2)} ms${ratio}` : '';
  const verdict = row.pass === undefined ? '' : row.pass ? '  ok' : '  MISSED';
  const target = row.target ? `  [${row.target}]` : '';
  return `${row.name.padEnd(58)} ${value.padStart(11)}${base}${target}${verdict}${row.note ? `  (${row.note})` : ''}`;
}
