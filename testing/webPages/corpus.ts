import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The saved-page corpus: real news pages with their expected fields and, for most, their expected body.
 * Shared by the import benchmark and the HTML importer's tests. The split into pages tuned on and pages
 * kept aside is fixed in corpus.json.
 */
export interface ExpectedFields {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

export interface CorpusPage {
  name: string;
  set: 'tuning' | 'heldOut';
  bytes: Uint8Array;
  expected: ExpectedFields;
  /** The article's own copy, blocks separated by blank lines; null where none was written. */
  expectedBody: string | null;
}

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;

export function loadCorpus(): CorpusPage[] {
  const split = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as { tuning: string[]; heldOut: string[] };
  const page = (name: string, set: CorpusPage['set']): CorpusPage => {
    const dir = join(CORPUS_DIR, name);
    const bodyFile = join(dir, 'expected-body.txt');
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Partial<ExpectedFields>;
    // A few given values are the site's title or a machine summary rather than the article's; the
    // corrections, each with its reason, live beside the page (see docs/import-web-pages.md).
    const fixFile = join(dir, 'expected-corrections.json');
    const fixes = existsSync(fixFile) ? (JSON.parse(readFileSync(fixFile, 'utf8')) as Partial<ExpectedFields>) : {};
    const merged = { ...meta, ...fixes };
    return {
      name,
      set,
      bytes: readFileSync(join(dir, 'source.html')),
      expected: {
        title: merged.title ?? null,
        byline: merged.byline ?? null,
        excerpt: merged.excerpt ?? null,
        publishedTime: merged.publishedTime ?? null,
        lang: merged.lang ?? null,
        dir: merged.dir ?? null,
      },
      expectedBody: existsSync(bodyFile) ? readFileSync(bodyFile, 'utf8') : null,
    };
  };
  return [...split.tuning.map((n) => page(n, 'tuning')), ...split.heldOut.map((n) => page(n, 'heldOut'))];
}

/** One page's saved HTML as text (for tests that paste a whole page). */
export function corpusPageHtml(name: string): string {
  return readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8');
}
