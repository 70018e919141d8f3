import { chromium, type Browser } from '@playwright/test';
import type { PdfPrinter } from '../../formats/pdf/pdfPrinter';
import { CHROMIUM_ARGS, findChromium } from './findBinaries';

/**
 * The browser host's PDF printer: Chromium's own printing (page.pdf) in a headless browser of its own,
 * started on first use, with JavaScript off and every request refused.
 */
export class PlaywrightPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  async print(html: string, paper: 'A4' | 'Letter'): Promise<Uint8Array> {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('PDF export needs Chromium. Install it or set CHROMIUM_PATH.');
    this.browser ??= chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const context = await (await this.browser).newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(
        await page.pdf({ format: paper, printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } }),
      );
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser).close();
    this.browser = null;
  }
}
