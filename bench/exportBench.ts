import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, type ExportFormat } from '../core/export/exportJob';
import { EXPORT_REGISTRY } from '../formats/registry';
import { ExportJobs } from '../backend/export/exportJobs';
import { readPreviewStylesheet } from '../backend/export/previewStylesheet';
import { ArticleStore } from '../backend/store/articleStore';
import { AssetStore } from '../backend/store/assetStore';
import { PlaywrightPdfPrinter } from '../hosts/browser/playwrightPdfPrinter';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import type { Row } from './row';
import { interleaved, median } from './stats';

const RUNS = 5;
const TARGET_MS: Partial<Record<ExportFormat, number>> = { html: 100, md: 100, txt: 50, docx: 1000, pdf: 2000 };

/**
 * Exports one 20,000-word article in each format through the app's own export job (render, temp
 * write, fsync, rename), each run interleaved with a plain write of the article's JSON.
 */
export async function exportRows(): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-export-bench-'));
  const store = await ArticleStore.open(join(dir, 'lib'));
  const pdf = new PlaywrightPdfPrinter();
  try {
    const article = await store.create({
      headline: 'A 20,000-word feature for the export benchmark',
      standfirst: 'Long.',
      section: 'FEATURES',
      source: 'Copydesk',
      body: generateBody(new Rng(20_000), 20_000),
    });
    const jobs = new ExportJobs(store, new AssetStore(store.layout.assets), { stylesheet: readPreviewStylesheet(), pdf });
    const json = JSON.stringify(article, null, 2);
    const rows: Row[] = [];
    for (const format of EXPORT_FORMATS) {
      const runs = await interleaved(
        RUNS,
        async (i) => {
          const out = join(dir, `out-${format}-${i}`);
          await mkdir(out);
          const status = await jobs.runToCompletion(out, {
            articleIds: [article.id],
            formats: [format],
            onExists: 'replace',
            options: DEFAULT_EXPORT_OPTIONS,
          });
          const failed = status.results.find((r) => r.error);
          if (failed) throw new Error(`${format} export failed: ${failed.error}`);
        },
        (i) => writeFile(join(dir, `baseline-${format}-${i}.json`), json),
      );
      const target = TARGET_MS[format];
      rows.push({
        name: `export a 20,000-word article: ${EXPORT_REGISTRY[format].label}`,
        value: median(runs.measured),
        unit: 'ms',
        baseline: { name: 'plain write of its JSON', value: median(runs.baseline) },
        ...(target ? { target: { max: target } } : {}),
      });
    }
    return rows;
  } finally {
    await pdf.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
