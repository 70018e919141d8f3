import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PaperSize } from '../core/export/exportJob';
import type { PdfPrinter } from '../formats/pdf/pdfPrinter';
import { CliError } from './cliError';

const MARGINS = '18mm 16mm';
const PRINT_TIMEOUT_MS = 60_000;

/** What to tell a user with no Chromium: the one thing to install, and that the other formats need nothing. */
export const NO_CHROMIUM_MESSAGE =
  'PDF export prints through Chromium or Google Chrome, and none was found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its program; the other formats need nothing.';

/**
 * The CLI's PDF printer: Chromium's own `--headless --print-to-pdf`, one run per file, on the exported page
 * (self-contained: it embeds its picture, and its CSP refuses scripts and network). Paper size and margins go
 * in as an @page rule, which is how Chromium's command line takes them.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  constructor(private readonly chromium: string) {}

  async print(html: string, paper: PaperSize): Promise<Uint8Array> {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-pdf-'));
    try {
      const page = join(dir, 'page.html');
      const pdf = join(dir, 'page.pdf');
      const paged = html.replace(/<head>/i, `<head><style>@page { size: ${paper}; margin: ${MARGINS}; }</style>`);
      await writeFile(page, paged);
      const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      const args = [
        ...root,
        // A short list on purpose: Debian's Chromium exits 0 without writing the PDF when scripts are
        // turned off by flag (its printing runs script). The page's own CSP (default-src 'none') keeps any
        // script in the article from running, and it loads nothing from the network.
        '--headless',
        '--disable-gpu',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ];
      await new Promise<void>((resolve, reject) => {
        execFile(this.chromium, args, { timeout: PRINT_TIMEOUT_MS }, (error, _stdout, stderr) => {
          if (error)
            reject(
              new CliError(`Chromium (${this.chromium}) could not print the PDF: ${stderr.trim().split('\n').pop() || error.message}`),
            );
          else resolve();
        });
      });
      return new Uint8Array(await readFile(pdf));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
