/** Eight colour classes (review.css); an author keeps theirs across sessions because it comes from the name. */
export const AUTHOR_COLORS = 8;

export function authorClass(author: string): string {
  let hash = 0;
  for (const ch of author) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `author-c${hash % AUTHOR_COLORS}`;
}
