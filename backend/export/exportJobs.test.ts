import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleStore } from '../store/articleStore';
import { AssetStore } from '../store/assetStore';
import { ExportJobs } from './exportJobs';
import { readPreviewStylesheet } from './previewStylesheet';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat } from '../../core/export/exportJob';
import { parsePastedText } from '../../formats/pastedText/parsePastedText';
import { importMarkdown } from '../../formats/markdown/markdownImport';
import { paragraph } from '../../core/article/bodySchema';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { makeReadOnly } from '../../testing/readOnly';
import type { Article } from '../../core/article/schema';

const SEED = resolve(import.meta.dirname, '../../testing/fixtures/seed/putin-maduro.txt');
// A 1×1 PNG, enough for a real image file.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
const FORMATS: ExportFormat[] = ['html', 'md', 'txt', 'json', 'ninjs', 'nitf', 'docx'];

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;
let jobs: ExportJobs;
let out: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir('copydesk-export-'));
  store = await ArticleStore.open(join(dir, 'lib'));
  const assets = new AssetStore(store.layout.assets);
  jobs = new ExportJobs(store, assets, { stylesheet: readPreviewStylesheet(), pdf: null });
  out = join(dir, 'out');
  await mkdir(out);
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

async function seedArticle(patch: Partial<Article> = {}): Promise<Article> {
  const parsed = parsePastedText(await readFile(SEED, 'utf8'), { id: crypto.randomUUID(), now: new Date() });
  const stored = await new AssetStore(store.layout.assets).storeImage(PNG, 'lead.png');
  const { id: _i, schemaVersion: _s, createdAt: _c, updatedAt: _u, ...fields } = parsed.article;
  return store.create({
    ...fields,
    leadImage: { asset: stored.asset, caption: parsed.image!.caption, credit: 'Reuters', alt: 'Putin' },
    ...patch,
  });
}

const request = (ids: string[], formats = FORMATS, onExists: 'replace' | 'keep-both' = 'keep-both') => ({
  articleIds: ids,
  formats,
  onExists,
  options: DEFAULT_EXPORT_OPTIONS,
});

describe('ExportJobs', () => {
  it('writes the seed story in every format, with its picture beside them', async () => {
    const article = await seedArticle();
    const status = await jobs.runToCompletion(out, request([article.id]));
    expect(status.results.filter((r) => r.error)).toEqual([]);
    expect(status.done).toBe(FORMATS.length);
    const base = article.slug;
    expect((await readdir(out)).sort()).toEqual(
      [
        `${base}-lead.png`,
        `${base}.copydesk`,
        `${base}.docx`,
        `${base}.html`,
        `${base}.md`,
        `${base}.ninjs.json`,
        `${base}.nitf.xml`,
        `${base}.txt`,
      ].sort(),
    );

    const html = await readFile(join(out, `${base}.html`), 'utf8');
    for (const part of [
      'WORLD',
      '2 min read',
      article.headline,
      article.standfirst,
      ' / Reuters',
      'Russia has fostered warm ties',
      'Related',
      'SOURCE:</span> TRTWorld and agencies',
      `src="${base}-lead.png"`,
    ]) {
      expect(html, part).toContain(part);
    }
    expect(html).not.toMatch(/<script/i);

    expect(JSON.parse(await readFile(join(out, `${base}.copydesk`), 'utf8'))).toEqual(article);
    const md = importMarkdown(await readFile(join(out, `${base}.md`), 'utf8'), { id: article.id, now: new Date() });
    expect(md.article).toMatchObject({
      headline: article.headline,
      standfirst: article.standfirst,
      source: article.source,
      section: article.section,
    });
    expect((await readFile(join(out, `${base}.docx`))).subarray(0, 2).toString()).toBe('PK');
  });

  it('never lets script or event handlers through to the HTML', async () => {
    const article = await seedArticle({
      headline: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] }],
          },
        ],
      },
    });
    await jobs.runToCompletion(out, request([article.id], ['html']));
    const html = await readFile(
      join(
        out,
        (await readdir(out)).find((n) => n.endsWith('.html'))!,
      ),
      'utf8',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps both files, or replaces, as asked', async () => {
    const article = await seedArticle();
    await jobs.runToCompletion(out, request([article.id], ['txt']));
    await jobs.runToCompletion(out, request([article.id], ['txt'], 'keep-both'));
    expect((await readdir(out)).filter((n) => n.endsWith('.txt')).sort()).toEqual([`${article.slug} (2).txt`, `${article.slug}.txt`]);
    await writeFile(join(out, `${article.slug}.txt`), 'old');
    await jobs.runToCompletion(out, request([article.id], ['txt'], 'replace'));
    expect(await readFile(join(out, `${article.slug}.txt`), 'utf8')).toContain('SOURCE: TRTWorld and agencies');
  });

  it('reports a read-only folder by name and cause, and writes nothing there', async () => {
    const article = await seedArticle();
    const undo = await makeReadOnly(out);
    try {
      const status = await jobs.runToCompletion(out, request([article.id], ['html', 'txt']));
      expect(status.finished).toBe(true);
      const errors = status.results.map((r) => r.error);
      expect(errors.every(Boolean)).toBe(true);
      expect(errors[0]).toMatch(/was not written: the folder .* is not writable/);
    } finally {
      await undo();
    }
    expect(await readdir(out)).toEqual([]);
  });

  it('goes on with the other files when one cannot be replaced, and leaves that one intact', async () => {
    const article = await seedArticle();
    const locked = join(out, `${article.slug}.html`);
    await writeFile(locked, 'the old page');
    const undo = await makeReadOnly(locked);
    try {
      const status = await jobs.runToCompletion(out, request([article.id], ['html', 'md', 'txt'], 'replace'));
      const html = status.results.find((r) => r.format === 'html')!;
      expect(html.error).toMatch(new RegExp(`${article.slug}.html was not written`));
      expect(status.results.filter((r) => r.format === 'md' || r.format === 'txt').every((r) => r.fileName && !r.error)).toBe(true);
    } finally {
      await undo();
    }
    expect(await readFile(locked, 'utf8')).toBe('the old page');
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('stops between files when cancelled, and reports a missing article without stopping', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await store.create({ headline: `Story ${i}`, body: { type: 'doc', content: [paragraph('text')] } })).id);
    const missing = crypto.randomUUID();
    const started = jobs.start(out, request([missing, ...ids], ['txt', 'md']));
    jobs.cancel(started.jobId);
    while (!jobs.status(started.jobId).finished) await new Promise((r) => setTimeout(r, 5));
    const status = jobs.status(started.jobId);
    expect(status.cancelled).toBe(true);
    expect(status.done).toBeLessThan(status.total);
    expect(status.results[0]?.error).toMatch(/No article with id/);
  });

  it('says clearly that PDF needs the app when no printer is available', async () => {
    const article = await seedArticle();
    const status = await jobs.runToCompletion(out, request([article.id], ['pdf']));
    expect(status.results[0]?.error).toMatch(/PDF export needs a browser engine/);
  });
});

describe('ninjs export file', () => {
  it('is a JSON object, not a JSON string of one', async () => {
    const article = await store.create({ headline: 'Object' });
    await jobs.runToCompletion(out, request([article.id], ['ninjs']));
    const parsed = JSON.parse(await readFile(join(out, (await readdir(out))[0]!), 'utf8'));
    expect(typeof parsed).toBe('object');
    expect(parsed.uri).toMatch(/^urn:copydesk:article:/);
  });
});
