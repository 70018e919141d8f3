import { loadavg } from 'node:os';

/**
 * Above this load of other work (runnable threads outside the bench's process tree, averaged over the
 * row's group: otherLoad.ts) on this 2-core machine, a row is printed but not judged. Where that cannot
 * be sampled (no /proc), the one-minute load average at the group's start and end stands in for it.
 */
export const MAX_JUDGED_LOAD = 1.5;

/**
 * A target in code: a ceiling on the value, a ceiling on its ratio to the same-run baseline, or both.
 * For a row whose value is itself a ratio (unit '×'), `max` is that ratio's ceiling.
 */
export interface Target {
  max?: number;
  maxRatio?: number;
}

export interface Row {
  name: string;
  value: number;
  unit: 'ms' | '×';
  /** Measured in the same run, interleaved with the value where the row says so. */
  baseline?: { name: string; value: number };
  target?: Target;
  note?: string;
  /** One-minute load average when the row's group started and ended (filled in by the runner). */
  load?: [before: number, after: number];
  /** Mean runnable threads outside the bench's process tree over the row's group (filled in by the runner); NaN if not sampled. */
  otherLoad?: number;
}

export type Verdict = 'ok' | 'MISSED' | 'not judged' | '';

export const currentLoad = (): number => loadavg()[0]!;

/** The load a row is judged on: the other work's, else (not sampled) the one-minute average's peak, else none. */
export function judgedLoad(row: Row): number {
  if (row.otherLoad !== undefined && !Number.isNaN(row.otherLoad)) return row.otherLoad;
  return row.load ? Math.max(...row.load) : 0;
}

export const otherLoadText = (row: Row): string =>
  row.otherLoad === undefined || Number.isNaN(row.otherLoad) ? 'n/a' : row.otherLoad.toFixed(2);

export function ratioOf(row: Row): number | undefined {
  if (!row.baseline || row.unit !== 'ms' || row.baseline.value <= 0) return undefined;
  return row.value / row.baseline.value;
}

/** Rows measured on a busy machine say nothing about the code: they are shown, not passed or failed. */
export function verdictOf(row: Row): Verdict {
  if (!row.target) return '';
  // A measurement that failed is a defect whatever the load.
  if (Number.isNaN(row.value)) return 'MISSED';
  if (judgedLoad(row) > MAX_JUDGED_LOAD) return 'not judged';
  const ratio = ratioOf(row);
  const { max, maxRatio } = row.target;
  const valueOk = max === undefined || row.value <= max;
  const ratioOk = maxRatio === undefined || (ratio !== undefined && ratio <= maxRatio);
  return valueOk && ratioOk ? 'ok' : 'MISSED';
}

export function targetText(row: Row): string {
  if (!row.target) return '';
  const { max, maxRatio } = row.target;
  const parts: string[] = [];
  if (max !== undefined) parts.push(row.unit === '×' ? `ratio ≤ ${max}` : max >= 1000 ? `≤ ${max / 1000} s` : `≤ ${max} ms`);
  if (maxRatio !== undefined) parts.push(`ratio ≤ ${maxRatio}`);
  return parts.join(', ');
}

export const fmt = (value: number, unit: Row['unit'] = 'ms'): string => `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;

export function formatRow(row: Row): string {
  const ratio = ratioOf(row);
  const base = row.baseline
    ? `  vs ${row.baseline.name} ${fmt(row.baseline.value)}${ratio === undefined ? '' : ` (ratio ${ratio.toFixed(2)})`}`
    : '';
  const target = row.target ? `  [${targetText(row)}]` : '';
  const verdict = verdictOf(row);
  const load =
    (row.load ? `  load ${row.load.map((l) => l.toFixed(1)).join('→')}` : '') +
    (row.otherLoad === undefined ? '' : `  other work ${otherLoadText(row)}`);
  return `${row.name.padEnd(62)} ${fmt(row.value, row.unit).padStart(11)}${base}${target}${verdict ? `  ${verdict}` : ''}${load}${row.note ? `  (${row.note})` : ''}`;
}
