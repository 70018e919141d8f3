import { describe, expect, it } from 'vitest';
import { resultsMarkdown } from './results';
import { formatRow, ratioOf, targetText, verdictOf, type Row } from './row';

const quiet: [number, number] = [0.4, 0.9];
const row = (over: Partial<Row>): Row => ({
  name: 'search p95',
  value: 12,
  unit: 'ms',
  baseline: { name: 'linear scan', value: 100 },
  load: quiet,
  ...over,
});

describe('bench rows', () => {
  it('judges the value and its ratio to the same-run baseline against the targets in code', () => {
    expect(verdictOf(row({ target: { max: 20, maxRatio: 0.15 } }))).toBe('ok');
    expect(verdictOf(row({ target: { max: 10 } }))).toBe('MISSED');
    expect(verdictOf(row({ target: { maxRatio: 0.1 } }))).toBe('MISSED');
    expect(verdictOf(row({}))).toBe('');
    expect(ratioOf(row({}))).toBeCloseTo(0.12);
    // A row whose value is itself a ratio is judged on its value.
    expect(verdictOf(row({ unit: '×', value: 1.3, target: { max: 1.2 } }))).toBe('MISSED');
    expect(targetText(row({ target: { max: 5000, maxRatio: 0.5 } }))).toBe('≤ 5 s, ratio ≤ 0.5');
  });

  it('neither passes nor fails a row measured while other work loaded the machine above 1.5', () => {
    expect(verdictOf(row({ target: { max: 10 }, otherLoad: 1.6 }))).toBe('not judged');
    expect(verdictOf(row({ target: { max: 20 }, load: [0.2, 0.3], otherLoad: 2.1 }))).toBe('not judged');
    // The bench's own fsyncs and threads raise the load average: a quiet machine is judged on the other work.
    expect(verdictOf(row({ target: { max: 20 }, load: [1.2, 2.3], otherLoad: 0.1 }))).toBe('ok');
    expect(verdictOf(row({ target: { max: 10 }, load: [1.2, 2.3], otherLoad: 0.1 }))).toBe('MISSED');
    expect(formatRow(row({ target: { max: 10 }, load: [3, 4], otherLoad: 2 }))).toMatch(/not judged {2}load 3\.0→4\.0 {2}other work 2\.00/);
  });

  it('judges on the one-minute load average where other work could not be sampled', () => {
    expect(verdictOf(row({ target: { max: 10 }, load: [0.8, 1.6] }))).toBe('not judged');
    expect(verdictOf(row({ target: { max: 20 }, load: [3, 3], otherLoad: NaN }))).toBe('not judged');
    expect(verdictOf(row({ target: { max: 20 }, load: [0.8, 1.2], otherLoad: NaN }))).toBe('ok');
    expect(formatRow(row({ target: { max: 20 }, otherLoad: NaN }))).toMatch(/other work n\/a/);
  });

  it('writes every row with its baseline, ratio, target, verdict and load into RESULTS.md', () => {
    const md = resultsMarkdown({
      machine: 'Test CPU, 2 cores',
      startedAt: new Date('2026-11-29T22:20:00Z'),
      seconds: 61,
      loadBefore: '0.40 0.50 0.60',
      loadAfter: '0.90 0.70 0.60',
      groups: [
        {
          name: 'search',
          rows: [
            row({ target: { max: 20, maxRatio: 0.15 }, otherLoad: 0.25 }),
            row({ name: 'a | b', value: 30, target: { max: 20 }, otherLoad: 0.25 }),
            row({ name: 'busy', target: { max: 20 }, load: [0.9, 1.1], otherLoad: 2 }),
          ],
        },
      ],
    });
    expect(md).toContain('Machine: Test CPU, 2 cores');
    expect(md).toContain('before: 0.40 0.50 0.60; after: 0.90 0.70 0.60');
    expect(md).toContain('| row | value | baseline | ratio | target | verdict | load | other work | note |');
    expect(md).toContain('| search p95 | 12.0 ms | linear scan: 100.0 ms | 0.12 | ≤ 20 ms, ratio ≤ 0.15 | ok | 0.40 → 0.90 | 0.25 |  |');
    expect(md).toContain('| a \\| b | 30.0 ms |');
    expect(md).toContain('| busy | 12.0 ms | linear scan: 100.0 ms | 0.12 | ≤ 20 ms | not judged | 0.90 → 1.10 | 2.00 |  |');
    expect(md).toMatch(/1 ok, 1 missed, 1 not judged \(other work above a load of 1\.5\)/);
    expect(md).toContain('Other work is the load without the bench');
  });
});
