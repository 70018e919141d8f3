import type { Article } from '../../article/schema';
import type { BodyNode } from '../../article/bodySchema';
import { FIND_FIELDS, FIND_FIELD_NAMES, type FindField, type FindMatch } from '../find';
import { marksAt, mergeTextNodes, sliceRuns, spanObstacle, textBlockNodes, textRuns, type TextRun } from './textRuns';

/** The library-wide replace reads and writes the in-article find's fields (from the stored article). */
export const REPLACE_FIELDS = FIND_FIELDS;
export type ReplaceField = FindField;
export const REPLACE_FIELD_NAMES = FIND_FIELD_NAMES;

export interface SkippedMatch {
  match: FindMatch;
  reason: string;
}

export interface ReplaceOutcome {
  article: Article;
  applied: FindMatch[];
  skipped: SkippedMatch[];
}

const isReplaceField = (field: string): field is ReplaceField => (REPLACE_FIELDS as readonly string[]).includes(field);

/** The single-line field's text, or null when the article has no such field (no lead image: no caption). */
function fieldText(article: Pick<Article, 'headline' | 'standfirst' | 'leadImage'>, field: Exclude<ReplaceField, 'body'>): string | null {
  if (field === 'caption') return article.leadImage?.caption ?? null;
  return article[field];
}

/**
 * Why a match cannot be replaced, or null. Each reason is a deliberate choice: a field with an open
 * suggestion keeps both its texts until the suggestion is settled; text suggested for deletion is not
 * rewritten under the suggester; a line break is never swallowed into a replacement.
 */
export function matchObstacles(
  article: Pick<Article, 'headline' | 'standfirst' | 'leadImage' | 'body' | 'review'>,
  matches: readonly FindMatch[],
): Array<string | null> {
  const blocks = textBlockNodes(article.body);
  const runsOf = new Map<number, TextRun[]>();
  return matches.map((m) => {
    if (!isReplaceField(m.field)) return `Copydesk does not replace in the ${m.field} field.`;
    if (m.from < 0 || m.to <= m.from) return 'Not a match.';
    if (m.field !== 'body') {
      const text = fieldText(article, m.field);
      if (text === null || m.block !== 0 || m.to > text.length) return 'The field has changed since the search.';
      const suggestionKey = m.field;
      if (article.review.fields[suggestionKey]) return `The ${m.field} has an open suggestion: accept or reject it first.`;
      return null;
    }
    const block = blocks[m.block];
    if (!block) return 'The paragraph has changed since the search.';
    let runs = runsOf.get(m.block);
    if (!runs) runsOf.set(m.block, (runs = textRuns(block)));
    const last = runs[runs.length - 1];
    if (m.to > (last ? last.start + last.length : 0)) return 'The paragraph has changed since the search.';
    return spanObstacle(runs, m.from, m.to);
  });
}

/**
 * Applies matches (each with its replacement) to an article: the three single-line fields as text, the
 * body through its text nodes, so marks around the match survive and the replacement takes the marks of
 * the match's first character (a link, bold, a comment anchor stay on the new word). Matches that
 * overlap an earlier one, or that hit an obstacle, are skipped with the reason; the rest are applied.
 */
export function replaceInArticle(article: Article, matches: readonly FindMatch[]): ReplaceOutcome {
  const obstacles = matchObstacles(article, matches);
  const skipped: SkippedMatch[] = [];
  const byPlace = new Map<string, FindMatch[]>();
  matches.forEach((match, i) => {
    const reason = obstacles[i];
    if (reason) return skipped.push({ match, reason });
    const key = `${match.field}\u0000${match.block}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), match]);
  });
  const applied: FindMatch[] = [];
  const next: Article = { ...article };
  const body = structuredClone(article.body);
  const blocks = textBlockNodes(body);
  let bodyChanged = false;
  for (const group of byPlace.values()) {
    const ordered = [...group].sort((a, b) => a.from - b.from || a.to - b.to);
    const kept: FindMatch[] = [];
    for (const m of ordered) {
      const previous = kept[kept.length - 1];
      if (previous && m.from < previous.to) skipped.push({ match: m, reason: 'It overlaps another match.' });
      else kept.push(m);
    }
    const { field, block } = kept[0]!;
    if (field === 'body') {
      const node = blocks[block]!;
      node.content = replaceInRuns(textRuns(node), kept);
      if (node.content.length === 0) delete node.content;
      bodyChanged = true;
    } else if (field === 'caption') {
      next.leadImage = { ...article.leadImage!, caption: spliceText(article.leadImage!.caption, kept) };
    } else if (field === 'headline' || field === 'standfirst') {
      next[field] = spliceText(article[field], kept);
    }
    applied.push(...kept);
  }
  if (bodyChanged) next.body = body;
  return { article: next, applied, skipped };
}

/** Replaces non-overlapping, ordered spans of a string in one pass. */
function spliceText(text: string, ordered: readonly FindMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of ordered) {
    out += text.slice(at, m.from) + (m.replacement ?? '');
    at = m.to;
  }
  return out + text.slice(at);
}

/** One forward pass over the block: the text between matches as it was, each match as its replacement. */
function replaceInRuns(runs: readonly TextRun[], ordered: readonly FindMatch[]): BodyNode[] {
  const out: BodyNode[] = [];
  let at = 0;
  for (const m of ordered) {
    out.push(...sliceRuns(runs, at, m.from));
    if (m.replacement) {
      const marks = marksAt(runs, m.from);
      out.push(marks && marks.length > 0 ? { type: 'text', text: m.replacement, marks } : { type: 'text', text: m.replacement });
    }
    at = m.to;
  }
  const last = runs[runs.length - 1];
  out.push(...sliceRuns(runs, at, last ? last.start + last.length : 0));
  return mergeTextNodes(out);
}
