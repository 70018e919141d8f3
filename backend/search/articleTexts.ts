import type { SearchableArticle } from './articleSource';
import { bodyPlainText } from '../../core/text/bodyText';
import type { FieldTexts } from './invertedIndex';

/**
 * What of an article is searchable. Tags, byline, section and dateline share one "meta" field: they
 * are short, and a desk searches them by name ("Valparaiso", "Neltazan") rather than by relevance.
 */
export function fieldTextsOf(article: SearchableArticle): FieldTexts {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: bodyPlainText(article.body),
    meta: [article.section, article.byline, article.dateline, ...article.tags].join('\n'),
  };
}

/** The text a snippet is cut from: what a reader reads after the headline. */
export function snippetTextOf(texts: Pick<FieldTexts, 'standfirst' | 'body'>): string {
  return texts.standfirst && texts.body ? `${texts.standfirst}\n\n${texts.body}` : texts.standfirst || texts.body;
}
