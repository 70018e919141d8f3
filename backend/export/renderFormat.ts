import type { Article } from '../../core/article/schema';
import type { ExportContext } from '../../core/export/exportTypes';
import { exportMarkdown } from '../../formats/markdown/markdownExport';
import { exportPlainText } from '../../formats/plaintext/plainTextExport';
import { exportDocx } from '../../formats/docx/docxExport';
import { ninjsJson } from '../../formats/ninjs/ninjsExport';
import { exportNitf } from '../../formats/nitf/nitfExport';
import { renderArticleHtml } from '../../render/preview/articleHtml';
import type { PdfPrinter } from './pdfPrinter';
import type { ExportFormat, ExportOptions } from '../../core/export/exportJob';

export { EXPORT_FORMATS, FORMAT_INFO, DEFAULT_EXPORT_OPTIONS, type ExportFormat, type ExportOptions } from '../../core/export/exportJob';
import { CopydeskError } from '../../core/errors';

export interface RenderDeps {
  stylesheet: string;
  pdf: PdfPrinter | null;
}

const dataUri = (context: ExportContext) =>
  context.image?.bytes ? `data:${context.image.mimeType};base64,${Buffer.from(context.image.bytes).toString('base64')}` : null;

/** One article in one format, as the bytes or text of the file. */
export async function renderFormat(format: ExportFormat, article: Article, context: ExportContext, options: ExportOptions, deps: RenderDeps): Promise<string | Uint8Array> {
  const html = (imageSrc: string | null) => renderArticleHtml(article, { css: deps.stylesheet, now: context.now, imageSrc, relatedHref: context.articleHref });
  switch (format) {
    case 'html':
      return html(options.imageMode === 'embed' ? dataUri(context) : (context.image?.href ?? null));
    case 'md':
      return exportMarkdown(article, context);
    case 'txt':
      return exportPlainText(article, context, { width: options.wrapWidth });
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'ninjs':
      return ninjsJson(article, context, { version: options.ninjsVersion });
    case 'nitf':
      return exportNitf(article, context);
    case 'docx':
      return exportDocx(article, context);
    case 'pdf':
      if (!deps.pdf) throw new CopydeskError('unsupported', 'PDF export needs a browser engine: use the Copydesk app, which prints PDFs itself.');
      return deps.pdf.print(html(dataUri(context)), options.paper);
  }
}
