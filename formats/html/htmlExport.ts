import type { Article } from '../../core/article/schema';
import type { ExportContext } from '../../core/export/exportTypes';
import { renderArticleHtml } from '../../render/preview/articleHtml';

/** The lead image inline, for an HTML page that must stand alone and for PDF printing. */
export const imageDataUri = (context: ExportContext): string | null =>
  context.image?.bytes ? `data:${context.image.mimeType};base64,${Buffer.from(context.image.bytes).toString('base64')}` : null;

/** The article as a standalone page: the preview component and its stylesheet, as the reader sees it. */
export function exportHtmlPage(article: Article, context: ExportContext, stylesheet: string, imageSrc: string | null): string {
  return renderArticleHtml(article, { css: stylesheet, now: context.now, imageSrc, relatedHref: context.articleHref });
}
