import type { Article } from '../article/schema';
import type { Resolution } from './resolveSuggestions';
import { SUGGESTIBLE_FIELDS, type Review, type SuggestibleField } from './reviewSchema';

/** The part of an article that holds the single-line fields. */
export type FieldTexts = Pick<Article, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'source' | 'leadImage'>;

/** A field's text; caption and credit live on the lead image. */
export function fieldValue(article: FieldTexts, field: SuggestibleField): string {
  if (field === 'caption' || field === 'credit') return article.leadImage?.[field] ?? '';
  return article[field];
}

export function withFieldValue(article: Article, field: SuggestibleField, value: string): Article {
  if (field === 'caption' || field === 'credit')
    return article.leadImage ? { ...article, leadImage: { ...article.leadImage, [field]: value } } : article;
  return { ...article, [field]: value };
}

/**
 * A field edit in suggesting mode: the first suggested edit keeps the accepted text as the base; later
 * edits change only the value. Typing the field back to its base removes the suggestion.
 */
export function suggestFieldEdit(
  article: Article,
  review: Review,
  field: SuggestibleField,
  value: string,
  who: { author: string; date: string },
): { article: Article; review: Review } {
  const existing = review.fields[field];
  const base = existing ? existing.base : fieldValue(article, field);
  const fields = { ...review.fields };
  if (value === base) delete fields[field];
  else fields[field] = existing ?? { base, author: who.author, date: who.date };
  return { article: withFieldValue(article, field, value), review: { ...review, fields } };
}

/** One field's suggestion accepted (the value stays) or rejected (the base comes back). */
export function resolveField(
  article: Article,
  review: Review,
  field: SuggestibleField,
  resolution: Resolution,
): { article: Article; review: Review } {
  const suggestion = review.fields[field];
  if (!suggestion) return { article, review };
  const fields = { ...review.fields };
  delete fields[field];
  const next = resolution === 'accept' ? article : withFieldValue(article, field, suggestion.base);
  return { article: next, review: { ...review, fields } };
}

export function resolveAllFields(
  article: Article,
  review: Review,
  resolution: Resolution,
  author?: string,
): { article: Article; review: Review } {
  let state = { article, review };
  for (const field of SUGGESTIBLE_FIELDS) {
    const suggestion = state.review.fields[field];
    if (suggestion && (author === undefined || suggestion.author === author))
      state = resolveField(state.article, state.review, field, resolution);
  }
  return state;
}
