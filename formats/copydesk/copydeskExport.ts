import type { Article } from '../../core/article/schema';

/** Copydesk's own article file: the whole article, review marks and all, as the store keeps it. */
export function exportCopydeskJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
