/**
 * The shapes search sends over IPC, free of Node imports so the IPC contract (type-checked for the
 * renderer too) can import them.
 */

/** [start, end) offsets into Snippet.text. */
export type SnippetRange = [start: number, end: number];

/**
 * A short excerpt for a search result, as plain text with the matched words' ranges. No HTML: the
 * renderer builds <mark> elements from the ranges itself, so article text can never inject markup.
 */
export interface Snippet {
  text: string;
  ranges: SnippetRange[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** Null past the first `snippets` hits; ask for those with snippetsFor() as they scroll into view. */
  snippet: Snippet | null;
}

export interface SearchOptions {
  limit?: number;
  /** How many of the top hits get a snippet (default 20). */
  snippets?: number;
}

export interface SearchStatus {
  state: 'loading' | 'building' | 'ready' | 'closed';
  /** Articles in the index; during a build, how far it has got. */
  indexed: number;
}
