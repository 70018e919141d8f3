import type { Article } from '../../core/article/schema';
import { CopydeskError } from '../../core/errors';
import type { PaperSize } from '../../core/export/exportJob';
import type { ExportContext } from '../../core/export/exportTypes';
import { exportHtmlPage, imageDataUri } from '../html/htmlExport';
import type { PdfPrinter } from './pdfPrinter';

/** The HTML page printed by a browser engine, with the picture inline so the printer needs no files. */
export async function exportPdf(
  article: Article,
  context: ExportContext,
  stylesheet: string,
  paper: PaperSize,
  printer: PdfPrinter | null,
): Promise<Uint8Array> {
  if (!printer)
    throw new CopydeskError('unsupported', 'PDF export needs a browser engine: use the Copydesk app, which prints PDFs itself.');
  return printer.print(exportHtmlPage(article, context, stylesheet, imageDataUri(context)), paper);
}
