/**
 * Whether an article is spell-checked with the ticked dictionaries: only when it is written in one of their
 * languages (by the primary tag: an "en" or "en-GB" story with English (US) ticked is checked). A French or
 * Arabic story with only English ticked gets no underlines rather than one under every word. An article
 * with no language set is checked.
 */
export function checksArticle(articleLanguage: string, ticked: readonly string[]): boolean {
  const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';
  const language = primary(articleLanguage);
  if (!language) return true;
  return ticked.some((tag) => primary(tag) === language);
}
