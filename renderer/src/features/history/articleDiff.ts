import { diffWords } from 'diff';
import type { Article } from '../../../../core/article/schema';
import { reviewPlainText } from '../../../../core/review/reviewText';

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export interface FieldDiff {
  field: string;
  parts: DiffPart[];
  changed: boolean;
}

const FIELDS: Array<[string, (a: Article) => string]> = [
  ['Section', (a) => a.section],
  ['Headline', (a) => a.headline],
  ['Standfirst', (a) => a.standfirst],
  ['Byline', (a) => a.byline],
  ['Dateline', (a) => a.dateline],
  ['Caption', (a) => a.leadImage?.caption ?? ''],
  ['Credit', (a) => a.leadImage?.credit ?? ''],
  // Open suggestions read as {++inserted++} and {--deleted--}, so the diff shows them as suggestions.
  ['Body', (a) => reviewPlainText(a.body)],
  ['Source', (a) => a.source],
  ['Tags', (a) => a.tags.join(', ')],
  ['Status', (a) => a.status],
  [
    'Comments',
    (a) => a.review.comments.map((c) => `${c.author || 'Unknown author'}${c.resolved ? ' (resolved)' : ''}: ${c.text}`).join('\n'),
  ],
];

/** Word-level differences from an older version to the current one, field by field (jsdiff). */
export function diffArticles(older: Article, current: Article): FieldDiff[] {
  return FIELDS.map(([field, read]) => {
    const parts: DiffPart[] = diffWords(read(older), read(current)).map((change) => ({
      text: change.value,
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    }));
    return { field, parts, changed: parts.some((p) => p.kind !== 'same') };
  });
}
