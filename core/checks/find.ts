/**
 * Find and replace over an article's text blocks (the editor) or over many articles (the library). Pure:
 * it runs in a worker that the caller can stop, because a user's regular expression can backtrack for
 * minutes ("(a+)+$" on a long line) and JavaScript cannot interrupt a running match.
 */
export interface FindOptions {
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface FindBlock {
  field: string;
  block: number;
  text: string;
}

export interface FindMatch {
  field: string;
  block: number;
  from: number;
  to: number;
  /** The text that replaces the match ("$1" expanded for a regular expression). */
  replacement?: string;
}

/** The fields a find reads and a replace writes, in the article and across the library: one list for both. */
export const FIND_FIELDS = ['headline', 'standfirst', 'body', 'caption'] as const;
export type FindField = (typeof FIND_FIELDS)[number];
export const FIND_FIELD_NAMES: Record<FindField, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  body: 'Body',
  caption: 'Caption',
};

export const FIND_MAX_MATCHES = 10_000;

/** A search that runs (or stalls on one text) longer than this is stopped: the pattern is almost certainly backtracking. */
export const FIND_TIME_LIMIT_MS = 1500;

export const FIND_TOO_SLOW = `The search was stopped after ${FIND_TIME_LIMIT_MS / 1000} s: the regular expression backtracks too much on this text (patterns like “(a+)+$” do). Simplify it.`;

export type FindPattern = { ok: true; pattern: RegExp } | { ok: false; message: string };

export function findPattern(query: string, options: FindOptions): FindPattern {
  if (query === '') return { ok: false, message: 'Type something to find.' };
  const source = options.regex ? query : query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bounded = options.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])` : source;
  const flags = `gu${options.caseSensitive ? '' : 'i'}`;
  try {
    // The user's own pattern first, so a mistake is reported about what they typed, not the whole-word wrapper.
    new RegExp(source, flags);
    return { ok: true, pattern: new RegExp(bounded, flags) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return { ok: false, message: `Not a valid regular expression: ${reason}. Check the brackets and escapes, or untick Regex.` };
  }
}

/** Every match in the blocks, in order, up to FIND_MAX_MATCHES. Empty matches are skipped. */
export function findInBlocks(
  blocks: readonly FindBlock[],
  pattern: RegExp,
  replacement?: string,
  isRegex = false,
): { matches: FindMatch[]; truncated: boolean } {
  const matches: FindMatch[] = [];
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  for (const { field, block, text } of blocks) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const match: FindMatch = { field, block, from: m.index, to: m.index + m[0].length };
      if (replacement !== undefined) match.replacement = isRegex ? m[0].replace(single, replacement) : replacement;
      matches.push(match);
      if (matches.length >= FIND_MAX_MATCHES) return { matches, truncated: true };
    }
  }
  return { matches, truncated: false };
}

/** Applies matches to one block's text (from the end, so offsets stay valid). */
export function replaceInText(text: string, matches: readonly FindMatch[]): string {
  let out = text;
  for (const m of [...matches].sort((a, b) => b.from - a.from)) out = out.slice(0, m.from) + (m.replacement ?? '') + out.slice(m.to);
  return out;
}
