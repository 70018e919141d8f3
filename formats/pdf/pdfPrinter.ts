/**
 * Prints a standalone HTML page to PDF. Electron uses webContents.printToPDF in a hidden window; the
 * browser host uses Chromium's own PDF printing through Playwright. Both sit behind this interface.
 */
import type { PaperSize } from '../../core/export/exportJob';

export interface PdfPrinter {
  print(html: string, paper: PaperSize): Promise<Uint8Array>;
}
