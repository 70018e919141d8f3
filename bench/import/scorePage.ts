import type { CorpusPage } from '../../testing/webPages/corpus';
import { bodyScore, type BodyScore } from '../../testing/webPages/bodyScore';
import type { Extracted } from './candidates';
import { textFieldRight, timeFieldRight, type FieldName } from '../../testing/webPages/fieldScore';

export interface PageScore {
  page: string;
  set: CorpusPage['set'];
  body: BodyScore | null;
  fields: Partial<Record<FieldName, boolean>>;
  ms: number;
  /** CPU time of the extraction, where measured: on a shared machine it moves less than wall time. */
  cpuMs?: number;
  bytes: number;
}

/**
 * Scores one extraction. The standfirst counts as part of the copy when it is not already in the body:
 * a page's visible dek may land in either, and either is right.
 */
export function scorePage(page: CorpusPage, got: Extracted, ms: number): PageScore {
  const standfirst = got.standfirst?.trim() ?? '';
  const copy = standfirst && !got.body.includes(standfirst.slice(0, 60)) ? `${standfirst}\n\n${got.body}` : got.body;
  const want = page.expected;
  const fields: PageScore['fields'] = {};
  if (want.title) fields.headline = textFieldRight(got.headline, want.title);
  if (want.excerpt) fields.standfirst = textFieldRight(got.standfirst, want.excerpt);
  if (want.byline) fields.byline = textFieldRight(got.byline, want.byline);
  if (want.publishedTime) fields.publishedAt = timeFieldRight(got.publishedAt, want.publishedTime);
  return {
    page: page.name,
    set: page.set,
    body: page.expectedBody === null ? null : bodyScore(copy, page.expectedBody),
    fields,
    ms,
    bytes: page.bytes.length,
  };
}

export interface Summary {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  fieldsRight: number;
  fieldsChecked: number;
}

export function summarise(scores: readonly PageScore[]): Summary {
  const withBody = scores.filter((s) => s.body !== null);
  const mean = (pick: (s: BodyScore) => number) =>
    withBody.length === 0 ? NaN : withBody.reduce((sum, s) => sum + pick(s.body!), 0) / withBody.length;
  const checks = scores.flatMap((s) => Object.values(s.fields));
  return {
    pages: scores.length,
    f1: mean((b) => b.f1),
    precision: mean((b) => b.precision),
    recall: mean((b) => b.recall),
    fieldsRight: checks.filter(Boolean).length,
    fieldsChecked: checks.length,
  };
}
