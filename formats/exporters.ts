import type { Article } from '../core/article/schema';
import type { ExportFormat, ExportOptions } from '../core/export/exportJob';
import type { ExportContext } from '../core/export/exportTypes';
import { CopydeskError } from '../core/errors';
import { cleanArticle, hasUnresolvedSuggestions } from '../core/review/cleanArticle';
import { exportCopydeskJson } from './copydesk/copydeskExport';
import { exportDocx } from './docx/docxExport';
import { exportHtmlPage, imageDataUri } from './html/htmlExport';
import { exportMarkdown } from './markdown/markdownExport';
import { ninjsJson } from './ninjs/ninjsExport';
import { exportNitf } from './nitf/nitfExport';
import { exportPdf } from './pdf/pdfExport';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { exportPlainText } from './plaintext/plainTextExport';

/** What an export may need from its host: the preview's stylesheet and, for PDF, a browser engine. */
export interface ExportDeps {
  stylesheet: string;
  pdf: PdfPrinter | null;
}

export type Exporter = (
  article: Article,
  context: ExportContext,
  options: ExportOptions,
  deps: ExportDeps,
) => string | Uint8Array | Promise<string | Uint8Array>;

/** Each export format's code, keyed by the ids of formats/registry.ts: a new id does not compile without one. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  html: (article, context, options, deps) =>
    exportHtmlPage(
      article,
      context,
      deps.stylesheet,
      options.imageMode === 'embed' ? imageDataUri(context) : (context.image?.href ?? null),
    ),
  md: (article, context) => exportMarkdown(article, context),
  txt: (article, context, options) => exportPlainText(article, context, { width: options.wrapWidth }),
  json: (article) => exportCopydeskJson(article),
  ninjs: (article, context, options) => ninjsJson(article, context, { version: options.ninjsVersion }),
  nitf: (article, context) => exportNitf(article, context),
  docx: (article, context) => exportDocx(article, context),
  pdf: (article, context, options, deps) => exportPdf(article, context, deps.stylesheet, options.paper, deps.pdf),
};

/** Copydesk JSON and Word carry review as it is; every other format is a publication format. */
export const REVIEW_FORMATS: ReadonlySet<ExportFormat> = new Set(['json', 'docx']);

/** The article a format may see: publication formats get a clean copy, never a review mark. */
export function articleForFormat(format: ExportFormat, article: Article, options: ExportOptions): Article {
  if (REVIEW_FORMATS.has(format)) return article;
  if (hasUnresolvedSuggestions(article) && !options.suggestions) {
    const name = article.headline.trim() || 'An untitled article';
    throw new CopydeskError(
      'unresolved_suggestions',
      `“${name}” has suggestions nobody has accepted or rejected yet. Review them first, or export it as if all were accepted, or as if all were rejected.`,
    );
  }
  return cleanArticle(article, options.suggestions ?? 'accept');
}

/** One article in one format, as the bytes or text of the file. */
export async function exportArticle(
  format: ExportFormat,
  article: Article,
  context: ExportContext,
  options: ExportOptions,
  deps: ExportDeps,
): Promise<string | Uint8Array> {
  return EXPORTERS[format](articleForFormat(format, article, options), context, options, deps);
}
