/**
 * Snippets the library asks for with a search: its first screenful. Rows are 100 px tall, so the
 * default window (1280 × 840) shows five to seven results under the search box; the rows scrolled or
 * filtered into view ask for theirs (searchSnippets) as they appear. The search bench uses the same number.
 */
export const FIRST_SCREEN_SNIPPETS = 8;

/** The library asks search for every hit, up to this many: it counts them and filters and sorts them itself. */
export const ALL_HITS = 20_000;
