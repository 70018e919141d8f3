import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import mammoth from 'mammoth';
import { test, expect } from '../fixtures';
import { createSeedStory } from '../support/story';
import { SEED } from '../../testing/seed';
import { makeReadOnly } from '../../testing/readOnly';
import { chooseFolder } from './fileDialog';

const STANDARDS = resolve(import.meta.dirname, '../../testing/standards');
const ALL_FORMATS = ['HTML page', 'Markdown', 'Plain text (wire)', 'Copydesk article', 'IPTC ninjs', 'IPTC NITF 3.6', 'Word (DOCX)', 'PDF'];

async function exportFolder() {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-export-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

test('exports the seed story in every format from the dialog, each one valid', async ({ app }) => {
  const page = await createSeedStory(app);
  const { dir, cleanup } = await exportFolder();
  try {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const format of ALL_FORMATS) await dialog.getByLabel(format, { exact: true }).check();
    await chooseFolder(app, dir, () => dialog.getByRole('button', { name: 'Choose…' }).click());
    await expect(dialog.getByLabel('Destination folder')).toHaveValue(dir);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-progress')).toHaveText('Export finished: 8 of 8 exports', { timeout: 20_000 });
    await expect(dialog.getByRole('list', { name: 'Exported files' }).getByRole('alert')).toHaveCount(0);
    // The lead image is written beside the exports, and counted apart from them.
    await expect(dialog.getByTestId('export-written')).toHaveText(`8 exports and 1 image written to ${dir}`);

    const files = await readdir(dir);
    const slug = files.find((f) => f.endsWith('.copydesk'))!.replace('.copydesk', '');
    expect(files.sort()).toEqual(
      ['copydesk', 'docx', 'html', 'md', 'ninjs.json', 'nitf.xml', 'pdf', 'txt']
        .map((e) => `${slug}.${e}`)
        .concat(`${slug}-lead.png`)
        .sort(),
    );
    const read = (ext: string) => readFile(join(dir, `${slug}.${ext}`), 'utf8');

    // JSON is Copydesk's own file; ninjs passes the IPTC schema; NITF passes xmllint against the XSD.
    expect(JSON.parse(await read('copydesk')).headline).toBe(SEED.headline);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
    const validate = ajv.compile(JSON.parse(await readFile(join(STANDARDS, 'ninjs/ninjs-schema_3.1.json'), 'utf8')));
    expect(validate(JSON.parse(await read('ninjs.json'))), JSON.stringify(validate.errors)).toBe(true);
    execFileSync('xmllint', ['--noout', '--schema', join(STANDARDS, 'nitf/nitf-3-6.xsd'), join(dir, `${slug}.nitf.xml`)], {
      stdio: 'pipe',
    });

    const markdown = await read('md');
    expect(markdown).toMatch(/^---\n[\s\S]*headline: .*Putin backs Maduro/);
    expect(markdown).toContain('> Related:');
    const wire = await read('txt');
    expect(Math.max(...wire.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(69);
    expect(wire).toContain(`SOURCE: ${SEED.source}`);
    const docx = await mammoth.extractRawText({ path: join(dir, `${slug}.docx`) });
    expect(docx.value).toContain(SEED.headline);
    expect(docx.value).toContain(`SOURCE: ${SEED.source}`);

    // The PDF has pages and the story's words.
    const pdfText = execFileSync('pdftotext', [join(dir, `${slug}.pdf`), '-']).toString();
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Putin backs Maduro');
    expect(pdfText).toContain('SOURCE: TRTWorld and agencies');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, `${slug}.pdf`)]).toString())?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);

    // The HTML page opens in Chromium on its own, with the picture beside it and no script.
    const context = await app.readerContext();
    if (context) {
      const reader = await context.newPage();
      const dialogs: string[] = [];
      reader.on('dialog', (d) => dialogs.push(d.message()));
      await reader.goto(`file://${join(dir, `${slug}.html`)}`);
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
      await expect(reader.locator('figcaption')).toContainText(`/ ${SEED.credit}`);
      expect(
        await reader
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBe(800);
      expect(await reader.locator('script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await context.close();
    }
  } finally {
    await cleanup();
  }
});

test('an export into a folder it cannot write names the file and the cause, writes the others, and corrupts nothing', async ({ app }) => {
  const page = await createSeedStory(app);
  const { dir, cleanup } = await exportFolder();
  const slug = (await app.readArticleFile((await page.locator('[data-testid="article-item"].selected').getAttribute('data-id'))!)).slug;
  const locked = join(dir, `${slug}.html`);
  await writeFile(locked, '<p>yesterday’s page</p>');
  const undo = await makeReadOnly(locked);
  try {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const format of ['HTML page', 'Markdown', 'Plain text (wire)']) await dialog.getByLabel(format, { exact: true }).check();
    for (const format of ['Word (DOCX)']) await dialog.getByLabel(format, { exact: true }).uncheck();
    await chooseFolder(app, dir, () => dialog.getByRole('button', { name: 'Choose…' }).click());
    await dialog.getByLabel('Replace (asks first)').check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
    await expect(dialog.getByTestId('export-progress')).toHaveText(/Export finished: 3 of 3 exports/);
    await expect(dialog.getByRole('alert')).toContainText(`${slug}.html was not written: the folder ${dir} is not writable`);
    expect(await readFile(join(dir, `${slug}.md`), 'utf8')).toContain('Putin backs Maduro');
    expect(await readFile(join(dir, `${slug}.txt`), 'utf8')).toContain('SOURCE:');
    expect(await readFile(locked, 'utf8')).toBe('<p>yesterday’s page</p>');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  } finally {
    await undo();
    await cleanup();
  }
});

test('"All in the list" exports the search result, not the whole library', async ({ app }) => {
  const { page } = app;
  await page.evaluate(async () => {
    for (const headline of ['Tanker seized off Venezuela', 'Markets close higher', 'Storm hits the coast'])
      await window.copydesk.createArticle({ fields: { headline } });
  });
  await page.reload();
  await page.getByTestId('library-search').fill('tanker');
  await expect(page.getByTestId('article-item')).toHaveCount(1);
  const { dir, cleanup } = await exportFolder();
  try {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('All 1 in the list').check();
    for (const format of ['HTML page', 'Word (DOCX)']) await dialog.getByLabel(format, { exact: true }).uncheck();
    await dialog.getByLabel('Markdown', { exact: true }).check();
    await chooseFolder(app, dir, () => dialog.getByRole('button', { name: 'Choose…' }).click());
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-progress')).toHaveText('Export finished: 1 of 1 export');
    expect(await readdir(dir)).toEqual(['tanker-seized-off-venezuela.md']);
  } finally {
    await cleanup();
  }
});
