import { words } from './bodyScore';

/**
 * Whether an extracted field matches the expected one. Text fields compare their words (case, quotes and
 * punctuation aside, a leading "By" aside) and count as right at a word F1 of 0.8 or more, so a site
 * suffix on a title or a trailing full stop does not make a right answer wrong. Publish times compare
 * as instants. A field the page has no expected value for is not counted.
 */
export type FieldName = 'headline' | 'standfirst' | 'byline' | 'publishedAt';

export const FIELD_THRESHOLD = 0.8;

export function textFieldRight(got: string | null | undefined, want: string): boolean {
  const g = words(stripBy(got ?? ''));
  const w = words(stripBy(want));
  if (w.length === 0) return g.length === 0;
  const counts = new Map<string, number>();
  for (const x of w) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of g) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  if (common === 0) return false;
  const p = common / g.length;
  const r = common / w.length;
  return (2 * p * r) / (p + r) >= FIELD_THRESHOLD;
}

export function timeFieldRight(got: string | null | undefined, want: string): boolean {
  if (!got) return false;
  const a = Date.parse(got);
  const b = Date.parse(want.replace(' ', 'T').replace(/\.\d+$/, 'Z'));
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 60_000;
}

function stripBy(text: string): string {
  return text.replace(/^\s*(by|par|von|por)\s+/i, '');
}
