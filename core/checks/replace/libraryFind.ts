import type { Article } from '../../article/schema';
import type { IndexEntry } from '../../library/indexEntry';
import { bodyBlocks } from '../../text/bodyText';
import { findInBlocks, type FindBlock, type FindMatch, type FindOptions } from '../find';
import { matchObstacles, type ReplaceField } from './replaceInArticle';

/** What a journalist asks of the whole library: the in-article find's options, and which fields. */
export interface LibraryFindQuery {
  query: string;
  replacement: string;
  options: FindOptions;
  fields: ReplaceField[];
}

/** One match in the preview: where, what it becomes, the words around it, and why it cannot change (if so). */
export interface LibraryMatch extends FindMatch {
  replacement: string;
  before: string;
  text: string;
  after: string;
  obstacle: string | null;
}

export interface LibraryFindGroup {
  id: string;
  headline: string;
  /** The version the preview was made from: the apply refuses an article saved since. */
  updatedAt: string;
  matches: LibraryMatch[];
}

export interface LibraryFindResult {
  groups: LibraryFindGroup[];
  searched: number;
  matches: number;
  /** True when the preview stopped at LIBRARY_FIND_MAX_MATCHES. */
  truncated: boolean;
}

/** What the journalist chose in the preview: per article, the version it was made from and the matches kept. */
export interface ReplaceChoice {
  id: string;
  updatedAt: string;
  matches: Array<Pick<FindMatch, 'field' | 'block' | 'from' | 'to'>>;
}

export interface ReplaceSummary {
  replacements: number;
  /** Each changed article's new index entry (the renderer updates its list and reopens the open one). */
  changed: IndexEntry[];
  skipped: Array<{ id: string; headline: string; reason: string }>;
  /** Chosen matches left alone in articles that did change (found no more, or blocked: see the engine). */
  leftAlone: number;
  /** The named version each changed article saved first. */
  label: string;
}

export const LIBRARY_FIND_MAX_MATCHES = 5000;
const CONTEXT = 48;

/** The chosen fields' text blocks of a stored article, numbered as the replace engine numbers them. */
export function findBlocksOf(
  article: Pick<Article, 'headline' | 'standfirst' | 'leadImage' | 'body'>,
  fields: readonly ReplaceField[],
): FindBlock[] {
  const blocks: FindBlock[] = [];
  const want = new Set(fields);
  if (want.has('headline')) blocks.push({ field: 'headline', block: 0, text: article.headline });
  if (want.has('standfirst')) blocks.push({ field: 'standfirst', block: 0, text: article.standfirst });
  if (want.has('caption') && article.leadImage) blocks.push({ field: 'caption', block: 0, text: article.leadImage.caption });
  if (want.has('body')) bodyBlocks(article.body).forEach((text, block) => blocks.push({ field: 'body', block, text }));
  return blocks;
}

/** The words either side of a match, cut at a space where one is near. */
export function contextOf(text: string, from: number, to: number): { before: string; text: string; after: string } {
  let start = Math.max(0, from - CONTEXT);
  let end = Math.min(text.length, to + CONTEXT);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > to ? text.lastIndexOf(' ', end) : end;
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, from),
    text: text.slice(from, to),
    after: text.slice(to, end) + (end < text.length ? '…' : ''),
  };
}

/** Matches as the preview shows them: each with its replacement, the words around it and its obstacle. */
export function previewMatches(
  blocks: readonly FindBlock[],
  matches: readonly FindMatch[],
  obstacles: ReadonlyArray<string | null>,
): LibraryMatch[] {
  const textOf = new Map(blocks.map((b) => [`${b.field}\u0000${b.block}`, b.text]));
  return matches.map((m, i) => ({
    ...m,
    replacement: m.replacement ?? '',
    ...contextOf(textOf.get(`${m.field}\u0000${m.block}`) ?? '', m.from, m.to),
    obstacle: obstacles[i] ?? null,
  }));
}

/**
 * One article's matches for the preview (or for the apply's own check). Runs the user's pattern, so it
 * belongs in a worker that can be stopped: never call it on a thread that must stay responsive.
 */
export function findInArticle(
  article: Pick<Article, 'headline' | 'standfirst' | 'leadImage' | 'body' | 'review'>,
  pattern: RegExp,
  request: Pick<LibraryFindQuery, 'replacement' | 'options' | 'fields'>,
  limit: number,
): { matches: LibraryMatch[]; truncated: boolean } {
  const blocks = findBlocksOf(article, request.fields);
  const found = findInBlocks(blocks, pattern, request.replacement, request.options.regex);
  const matches = found.matches.slice(0, limit);
  return {
    matches: previewMatches(blocks, matches, matchObstacles(article, matches)),
    truncated: found.truncated || found.matches.length > limit,
  };
}
