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

/**
 * A search's answer: every hit's id, best first, and the snippets of the first `snippets` of them (null
 * where an article could not be read). Ids only: at 10,000 articles a common word has ~4,000 hits, and
 * copying an object for each from the worker and on to the window cost twice the ranking. Ask for more
 * snippets with snippetsFor() (the searchSnippets channel) as rows come into view.
 */
export interface SearchResults {
  ids: string[];
  snippets: Array<Snippet | null>;
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
