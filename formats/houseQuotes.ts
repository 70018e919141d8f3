import type { Article } from '../core/article/schema';
import type { ImportedImageReference, ImportFormat } from '../core/import/importTypes';
import { curlBodyQuotes, curlQuotes } from '../core/text/curlQuotes';

/**
 * Every import but Copydesk's own format comes in with the house's curly quotes (core/text/curlQuotes.ts):
 * the prose fields, the body (code excepted), related titles and the picture's words. A .copydesk file is
 * our own article and comes back exactly as it left.
 */
export function withHouseQuotes<T extends { format: ImportFormat; article: Article; image?: ImportedImageReference }>(result: T): T {
  if (result.format === 'copydesk') return result;
  const a = result.article;
  const article: Article = {
    ...a,
    headline: curlQuotes(a.headline),
    standfirst: curlQuotes(a.standfirst),
    byline: curlQuotes(a.byline),
    dateline: curlQuotes(a.dateline),
    body: curlBodyQuotes(a.body) as Article['body'],
    related: a.related.map((link) => ({ ...link, title: curlQuotes(link.title) })),
    leadImage: a.leadImage && { ...a.leadImage, ...curlImageWords(a.leadImage) },
  };
  const image = result.image && { ...result.image, ...curlImageWords(result.image) };
  return { ...result, article, ...(image ? { image } : {}) };
}

function curlImageWords(image: { caption: string; credit: string; alt: string }) {
  return { caption: curlQuotes(image.caption), credit: curlQuotes(image.credit), alt: curlQuotes(image.alt) };
}
