import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../../../formats/pdf/pdfPrinter';

/**
 * Prints through a hidden, sandboxed window that has no preload and runs no script: it only lays out
 * the exported page (loaded as a data URL) and hands it to Chromium's PDF printer.
 */
export const electronPdfPrinter: PdfPrinter = {
  async print(html, paper) {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    try {
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      return new Uint8Array(await window.webContents.printToPDF({ pageSize: paper, printBackground: true }));
    } finally {
      window.destroy();
    }
  },
};
