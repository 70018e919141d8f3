import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { parseDocument } from 'htmlparser2';
import { childrenOf, isElement } from '../../core/html/domQuery';
import { test, expect, type CopydeskApp } from '../fixtures';
import { ArticleSchema, type Article, type RelatedLink } from '../../core/article/schema';
import type { BodyNode } from '../../core/article/bodySchema';
import { bodyPlainText } from '../../core/text/bodyText';
import { EXPORT_REGISTRY } from '../../formats/registry';
import type { ImportOutcome, IpcResult, SaveArticleOutput } from '../../api/contract';
import { XSS_PAYLOADS } from '../support/xss/payloads';
import { XssWatch } from '../support/xss/watch';
import {
  auditDocument,
  auditDom,
  EDITOR_TAGS,
  EXPORT_TAGS,
  FORBIDDEN_ANYWHERE,
  FORBIDDEN_IN_EXPORT,
  missingText,
  PREVIEW_TAGS,
} from '../support/xss/domAudit';
import {
  batchFiles,
  fieldArticles,
  foreignBody,
  importFilesFor,
  startMarker,
  unsafeBodyParts,
  type FieldArticle,
  type ImportFile,
} from '../support/xss/articles';
import { expectSaved, library, newArticle } from './helpers';
import { chooseFolder } from './fileDialog';

/**
 * Every way text gets into Copydesk, fed the XSS corpus (e2e/support/xss/payloads.ts): paste into the
 * body, the importers and their review dialog, every text field, the preview, and the exported HTML
 * opened on its own. Nothing may run (no dialog, no marker, no CSP report), nothing may load from
 * anywhere but the app, the DOM may hold only allow-listed structure, and text stays text.
 */

const PAYLOADS = XSS_PAYLOADS.map(({ id, source, text }) => ({ id, source, text }));

/** Parses each file through the app's own channel, as the renderer does; answers in the order given. */
async function parseAll(
  page: Page,
  files: ImportFile[],
): Promise<Array<{ id: number; fileName: string; result: IpcResult<ImportOutcome> }>> {
  return page.evaluate(async (list) => {
    const out: Array<{ id: number; fileName: string; result: IpcResult<ImportOutcome> }> = [];
    // In flights: the bridge answers concurrently, and one at a time would cost a round trip each.
    for (let i = 0; i < list.length; i += 64) {
      const flight = list.slice(i, i + 64);
      const results = await Promise.all(flight.map((file) => window.copydesk.parseImport({ fileName: file.fileName, text: file.text })));
      results.forEach((result, j) => out.push({ id: flight[j]!.id, fileName: flight[j]!.fileName, result }));
    }
    return out;
  }, files);
}
const isAppUrl = (url: string) => /^(http:\/\/copydesk\.localhost\/|app:\/\/copydesk\/|data:|blob:)/.test(url);
// Animation, transition and autofocus handlers fire a moment after insertion; give them the chance.
const SETTLE_MS = 1_200;

async function watchApp(page: Page): Promise<XssWatch> {
  const watch = new XssWatch(isAppUrl);
  await watch.attachToPage(page);
  return watch;
}

async function expectNothingRan(page: Page, watch: XssWatch): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  // Any CSP report counts too: the renderer runs zod jitless, so not even the app's own code probes eval.
  expect(watch.signalled(), 'a payload ran, loaded something, or opened a window').toEqual([]);
}

async function expectCleanEditor(page: Page): Promise<void> {
  const body = await page.evaluate(auditDom, { selector: '.ProseMirror', tags: EDITOR_TAGS, images: 'separator-only' as const });
  const document = await page.evaluate(auditDocument, { scripts: 1, styles: null, forbidden: FORBIDDEN_ANYWHERE });
  expect([...body, ...document], 'editor DOM').toEqual([]);
}

/** Switches to Preview, checks its DOM and (when given) its text, and switches back. */
async function expectCleanPreview(page: Page, wanted: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.locator('.cdp-root')).toBeVisible();
  const problems = await page.evaluate(auditDom, { selector: '.cdp-root', tags: PREVIEW_TAGS, images: 'app-assets' as const });
  const document = await page.evaluate(auditDocument, { scripts: 1, styles: null, forbidden: FORBIDDEN_ANYWHERE });
  expect([...problems, ...document], 'preview DOM').toEqual([]);
  if (wanted.length > 0)
    expect(await page.evaluate(missingText, { selector: '.cdp-root', wanted }), 'text missing from the preview').toEqual([]);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.locator('.ProseMirror')).toBeVisible();
}

/** The app's own call, from inside the page, as the renderer makes it. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([c, i]) => (window.copydesk as unknown as Record<string, (input: unknown) => Promise<IpcResult<unknown>>>)[c]!(i),
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** The little of TipTap's editor the paste test drives (the page's own instance, found on its element). */
interface TiptapHandle {
  state: { doc: { content: { size: number } } };
  chain(): { insertContentAt(pos: number, node: unknown): { setTextSelection(pos: number): { run(): boolean } } };
}

/**
 * Opens an article from the library list, which is virtualised: only rows near the scroll position
 * exist. The list shows listArticles' order, so the row is scrolled to by its index, then clicked.
 */
async function openById(page: Page, id: string): Promise<void> {
  const order = (await invoke<Array<{ id: string }>>(page, 'listArticles', {})).map((e) => e.id);
  const index = order.indexOf(id);
  expect(index, `article ${id} is in the library`).toBeGreaterThanOrEqual(0);
  const list = page.getByTestId('article-list');
  const item = list.locator(`[data-testid="article-item"][data-id="${id}"]`);
  await expect(async () => {
    await list.evaluate(
      async (el, { index, count }) => {
        el.scrollTop = (el.scrollHeight / count) * index - el.clientHeight / 2;
        // The virtualiser renders on the scroll event's next frames.
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
      },
      { index, count: order.length },
    );
    await item.locator('.article-open').click({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(item).toHaveClass(/selected/);
  await expect(page.locator('.ProseMirror')).toBeVisible();
}

/** Markup-free payloads must come through a paste exactly as words (whitespace collapsed, controls gone). */
const asPastedWords = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
// The text parser turns some control characters into spaces and drops others; words and markup characters must survive.
// eslint-disable-next-line no-control-regex
const squash = (text: string) => text.replace(/[\s\u0000-\u001f\u007f]+/g, '');
const textLines = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

function expectSafeStoredArticle(article: unknown, label: string): Article {
  const parsed = ArticleSchema.safeParse(article);
  expect(parsed.success, `${label} is a valid article`).toBe(true);
  expect(unsafeBodyParts(parsed.data!.body), `${label} body`).toEqual([]);
  return parsed.data!;
}

test.describe('XSS corpus', () => {
  // Independent apps and data dirs: two workers share the load.
  test.describe.configure({ mode: 'parallel' });

  // README.md and docs/SECURITY.md quote these numbers: change them together.
  test('the corpus holds 271 published payloads and 24 of Copydesk’s own, each distinct', () => {
    expect(PAYLOADS.length).toBe(295);
    expect(PAYLOADS.filter((p) => p.source === 'CD')).toHaveLength(24);
    expect(new Set(PAYLOADS.map((p) => p.text)).size).toBe(PAYLOADS.length);
  });

  test('(a) HTML pasted into the body is cleaned before the editor, the disk and the preview see it', async ({ app }) => {
    const { page } = app;
    await newArticle(page);
    const watch = await watchApp(page);

    await page.evaluate(
      ({ payloads, markers }) => {
        const editor = document.querySelector<HTMLElement>('.ProseMirror')!;
        // TipTap puts itself on its element. Each paste goes into a fresh paragraph at the top level, as a
        // paste into the story's flow does; pasting inside a deep list is its own (known) case below.
        const tiptap = (editor as HTMLElement & { editor: TiptapHandle }).editor;
        editor.focus();
        payloads.forEach((p, i) => {
          const end = tiptap.state.doc.content.size;
          tiptap
            .chain()
            .insertContentAt(end, { type: 'paragraph' })
            .setTextSelection(end + 1)
            .run();
          const data = new DataTransfer();
          data.setData('text/html', `<p>${markers[i]}</p>${p.text}`);
          data.setData('text/plain', p.text);
          editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        });
      },
      { payloads: PAYLOADS, markers: PAYLOADS.map((p) => startMarker(p.id)) },
    );

    await expectCleanEditor(page);
    const plainWords = PAYLOADS.filter((p) => !/[<&]/.test(p.text)).map((p) => asPastedWords(p.text));
    expect(plainWords.length).toBeGreaterThan(15);
    const markers = PAYLOADS.map((p) => startMarker(p.id));
    expect(await page.evaluate(missingText, { selector: '.ProseMirror', wanted: markers }), 'every paste arrived').toEqual([]);
    expect(await page.evaluate(missingText, { selector: '.ProseMirror', wanted: plainWords }), 'plain text pasted as text').toEqual([]);

    await page.keyboard.press('Control+s');
    await expectSaved(page);
    const id = (await page.locator('[data-testid="article-item"].selected').getAttribute('data-id'))!;
    const stored = expectSafeStoredArticle(await app.readArticleFile(id), 'the pasted article');
    expect(bodyPlainText(stored.body)).toContain(startMarker(PAYLOADS.at(-1)!.id));

    await expectCleanPreview(page, [...markers, ...plainWords]);
    await expectNothingRan(page, watch);
  });

  test('(b) every importer cleans every payload, and the review dialog and created articles stay inert', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const watch = await watchApp(page);

    // One payload per file, in each markup format, so that no payload hides another (an open
    // <plaintext> swallows the rest of a page): the sanitiser has to get each one right on its own.
    const files: ImportFile[] = PAYLOADS.flatMap(importFilesFor);
    const outcomes = await parseAll(page, files);

    const bodies = new Map<string, BodyNode[]>();
    const refused: ImportFile[] = [];
    const read = (id: number, fileName: string, outcome: Extract<ImportOutcome, { ok: true }>) => {
      const article = expectSafeStoredArticle(outcome.draft.article, fileName);
      expect(JSON.stringify(article), `${fileName} was read`).toContain(startMarker(id));
      const format = outcome.draft.format;
      bodies.set(format, [...(bodies.get(format) ?? []), ...(article.body.content ?? [])]);
    };
    const nulPayloads = new Set(PAYLOADS.filter((p) => p.text.includes('\u0000')).map((p) => p.id));
    for (const [i, { id, fileName, result }] of outcomes.entries()) {
      expect(result.ok, `${fileName}: the channel answers`).toBe(true);
      if (!result.ok) continue;
      const outcome = result.value;
      if (outcome.ok) {
        read(id, fileName, outcome);
        continue;
      }
      // Only the payload with NUL bytes may be refused, and only as binary data.
      expect(nulPayloads.has(id), `${fileName} refused: ${outcome.message}`).toBe(true);
      expect(outcome.message, `${fileName} refused as binary`).toMatch(/binary data/);
      refused.push(files[i]!);
    }
    // Raw NUL bytes make the HTML and Markdown files binary; their JSON and Copydesk twins escape them.
    expect(refused.map((f) => f.fileName).sort()).toEqual([...nulPayloads].flatMap((id) => [`page-${id}.html`, `story-${id}.md`]).sort());
    // The refused files are still checked: without their NUL bytes they must be read, and cleaned.
    const retried = await parseAll(
      page,
      refused.map((f) => ({ ...f, text: f.text.replaceAll('\u0000', '') })),
    );
    for (const { id, fileName, result } of retried) {
      expect(result.ok && result.value.ok, `${fileName} without NUL bytes is read`).toBe(true);
      if (result.ok && result.value.ok) read(id, fileName, result.value);
    }

    // Pasted page text holds no markup: every payload must come back as words, wherever the parser put it.
    const batch = batchFiles(PAYLOADS.filter((p) => !p.text.includes('\u0000')));
    const pasted = await invoke<ImportOutcome>(page, 'parseImport', { fileName: 'Pasted text', text: batch.pasted });
    expect(pasted.ok).toBe(true);
    if (pasted.ok) {
      const a = expectSafeStoredArticle(pasted.draft.article, 'pasted text');
      // Imports curl quotes (the house rule, core/text/curlQuotes.ts): the words are compared with quotes folded.
      const plain = (text: string) => squash(text).replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      const shown = plain([a.section, a.headline, a.standfirst, a.byline, a.dateline, a.source, bodyPlainText(a.body)].join('\n'));
      const lost = PAYLOADS.filter((p) => !p.text.includes('\u0000') && !textLines(p.text).every((line) => shown.includes(plain(line))));
      expect(
        lost.map((p) => p.id),
        'pasted payloads kept as text',
      ).toEqual([]);
    }

    // Everything the importers made, shown in the editor and the preview in one article per format.
    const created: string[] = [];
    for (const [format, content] of bodies) {
      const article = await invoke<Article>(page, 'createArticle', {
        fields: { headline: `Imported ${format}`, body: { type: 'doc', content } },
      });
      created.push(article.id);
    }
    expect([...bodies.keys()].sort()).toEqual(['copydesk', 'html', 'markdown', 'ninjs']);

    // And a whole hostile file of each kind, through the review dialog, as a journalist would take it in.
    await app.setClipboardText(batch.pasted);
    await library(page).getByRole('button', { name: 'Paste as new' }).click();
    await reviewAndCreate(page, 'Pasted text');
    await page.evaluate((texts) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([texts.html], 'hostile.html', { type: 'text/html' }));
      transfer.items.add(new File([texts.markdown], 'hostile.md', { type: 'text/markdown' }));
      transfer.items.add(new File([texts.ninjs], 'hostile.json', { type: 'application/json' }));
      transfer.items.add(new File([texts.copydesk], 'hostile.copydesk', { type: 'application/vnd.copydesk+json' }));
      document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, batch);
    for (const name of ['hostile.html', 'hostile.md', 'hostile.json', 'hostile.copydesk']) await reviewAndCreate(page, name);

    await page.reload();
    const entries = await invoke<Array<{ id: string }>>(page, 'listArticles', {});
    expect(entries).toHaveLength(created.length + 5);
    for (const { id } of entries) {
      await openById(page, id);
      await expectCleanEditor(page);
      await expectCleanPreview(page);
      expectSafeStoredArticle(await app.readArticleFile(id), `article ${id}`);
    }
    await expectNothingRan(page, watch);
  });

  test('(c, d) every text field shows payloads as text in the editor and the preview', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const watch = await watchApp(page);
    const specs = fieldArticles(PAYLOADS);
    const ids = await saveFieldArticles(page, specs);

    for (const [i, id] of ids.entries()) {
      const spec = specs[i]!;
      await openById(page, id);
      await expectFieldsShown(page, spec);
      await expectCleanEditor(page);
      await expectCleanPreview(page, shownInPreview(spec));
    }
    await expectNothingRan(page, watch);
  });

  test('(e) the exported HTML of those articles is inert and reads as typed when opened on its own', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const watch = await watchApp(page);
    const specs = fieldArticles(PAYLOADS);
    await saveFieldArticles(page, specs);
    await exportAndReadBack(app, page, specs);
    await expectNothingRan(page, watch);
  });

  // Browsers read a backslash as a slash and drop control characters, so each href below is a link to
  // another host (and in an exported file:// page a double backslash is a Windows network share).
  test('links that browsers read as protocol-relative do not survive an import', async ({ app }) => {
    const { page } = app;
    for (const href of ['/\\evil.test/x', '\\\\evil.test\\share', '\u0001//evil.test/x', '/\t/evil.test/x', ' \\/evil.test/x']) {
      const outcome = await invoke<ImportOutcome>(page, 'parseImport', {
        fileName: 'links.html',
        text: `<p><a href="${href.replace(/"/g, '&quot;')}">link</a> text</p>`,
      });
      expect(outcome.ok, href).toBe(true);
      if (outcome.ok) expect(JSON.stringify(outcome.draft.article.body), JSON.stringify(href)).not.toContain('"link"');
    }
  });

  // The sanitiser caps a paste's own depth, but not the depth of where it lands; the editor's BodyLimits
  // extension refuses a paste that would take the body past BODY_LIMITS.maxDepth.
  test('a paste inside a deep list still leaves a body the store accepts', async ({ app }) => {
    const { page } = app;
    await newArticle(page);
    await page.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('.ProseMirror')!;
      editor.focus();
      // The first paste leaves the cursor in a list item, the second in a quote inside it; the third is
      // a list nested as deep as the sanitiser allows on its own, which lands inside both.
      for (const html of [
        '<p>one</p><ul><li>item</li></ul>',
        '<p>two</p><blockquote><blockquote><blockquote><p>quote</p></blockquote></blockquote></blockquote>',
        `<p>three</p>${'<ul><li>'.repeat(40)}deep${'</li></ul>'.repeat(40)}`,
      ]) {
        const data = new DataTransfer();
        data.setData('text/html', html);
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }
    });
    await page.keyboard.press('Control+s');
    await expectSaved(page);
  });
});

/**
 * Saved as a compromised renderer or a hostile Copydesk file could: straight through the channel, with
 * bodies the sanitiser never saw (hostile link targets, attributes, teaser fields). The first article's
 * body is one the editor cannot even load. Returns the ids in the order of `specs`.
 */
async function saveFieldArticles(page: Page, specs: FieldArticle[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const article = await invoke<Article>(page, 'createArticle', {});
    const saved = await invoke<SaveArticleOutput>(page, 'saveArticle', {
      article: toArticle(article, spec, i === 0 ? foreignBody(i) : spec.body),
    });
    ids.push(saved.article.id);
  }
  await page.reload();
  await expect(library(page).getByTestId('article-item').first()).toBeVisible();
  return ids;
}

async function reviewAndCreate(page: Page, fileName: string): Promise<void> {
  const review = page.getByRole('dialog', { name: `Review import: ${fileName}` });
  await expect(review).toBeVisible();
  const problems = await page.evaluate(auditDom, {
    selector: '[role="dialog"]',
    tags: ['div', 'section', 'header', 'footer', 'h2', 'p', 'ul', 'li', 'strong', 'dl', 'dt', 'dd', 'button', 'span'],
    images: 'separator-only' as const,
  });
  expect(problems, `review dialog for ${fileName}`).toEqual([]);
  await review.getByRole('button', { name: 'Create article' }).click();
  await expect(review).toHaveCount(0);
}

function toArticle(article: Article, spec: FieldArticle, body: BodyNode): Article {
  const { caption, credit, alt, ...scalars } = spec.fields;
  return { ...article, ...scalars, leadImage: { asset: null, caption, credit, alt }, tags: spec.tags, related: spec.related, body };
}

// An <input> drops line breaks from its value and a <textarea> normalises them; the stored value is untouched.
const inputValue = (text: string) => text.replace(/[\r\n]/g, '');
const textareaValue = (text: string) => text.replace(/\r\n?/g, '\n');

async function expectFieldsShown(page: Page, spec: FieldArticle): Promise<void> {
  const f = spec.fields;
  const field = (label: string) => page.locator(`[aria-label="${label}"]`).first();
  const shown = {
    section: await field('Section').inputValue(),
    headline: await field('Headline').inputValue(),
    standfirst: await field('Standfirst').inputValue(),
    byline: await field('Byline').inputValue(),
    dateline: await field('Dateline').inputValue(),
    caption: await field('Caption').inputValue(),
    credit: await field('Credit').inputValue(),
    alt: await field('Alt text').inputValue(),
    source: await field('Source').inputValue(),
    slug: await field('Slug').inputValue(),
  };
  expect(shown).toEqual({
    section: inputValue(f.section),
    headline: textareaValue(f.headline),
    standfirst: textareaValue(f.standfirst),
    byline: inputValue(f.byline),
    dateline: inputValue(f.dateline),
    caption: textareaValue(f.caption),
    credit: inputValue(f.credit),
    alt: inputValue(f.alt),
    source: inputValue(f.source),
    slug: inputValue(f.slug),
  });
  const chips = await page.locator('.tag-chip').evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
  expect(chips).toEqual(spec.tags);
  const cards = await page.locator('.related-card').evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('.related-card-title')?.textContent,
      url: el.querySelector('.related-card-target')?.textContent,
    })),
  );
  expect(cards).toEqual(spec.related.map((r: RelatedLink) => ({ title: r.title, url: r.url })));
}

/** What the preview must print as text: each field the way the page shows it (trimmed where it trims). */
/** `exported`: a page that leaves the app prints no box for a missing picture, so its alt text is not read. */
function shownInPreview(spec: FieldArticle, exported = false): string[] {
  const { slug: _slug, alt, ...rest } = spec.fields;
  const printed = exported ? rest : { ...rest, alt };
  return [...Object.values(printed), ...spec.tags, ...spec.related.flatMap((r) => [r.title, r.outlet ?? ''])]
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * Exports every article as HTML through the dialog, then opens each page in a fresh Chromium context,
 * from file://, as a reader would: nothing may run or load, and every field must read as typed.
 */
async function exportAndReadBack(app: CopydeskApp, page: Page, specs: FieldArticle[]): Promise<void> {
  const base = await mkdtemp(join(tmpdir(), 'copydesk-xss-export-'));
  const folder = join(base, 'out');
  await mkdir(folder);
  try {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel(/All \d+ in the list/).check();
    for (const { label } of Object.values(EXPORT_REGISTRY))
      await dialog.getByLabel(label, { exact: true }).setChecked(label === EXPORT_REGISTRY.html.label);
    await chooseFolder(app, folder, () => dialog.getByRole('button', { name: 'Choose…' }).click());
    await expect(dialog.getByLabel('Destination folder')).toHaveValue(folder);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-progress')).toHaveText(`Export finished: ${specs.length} of ${specs.length} exports`, {
      timeout: 30_000,
    });

    // Hostile slugs became file names inside the folder, and nothing was written beside it.
    expect(await readdir(base)).toEqual(['out']);
    const files = await readdir(folder);
    expect(files).toHaveLength(specs.length);
    for (const name of files) {
      expect(name).toMatch(/^[^./\\][^/\\]*\.html$/);
      expect((await stat(join(folder, name))).isFile()).toBe(true);
    }

    // The file itself, read by a second HTML parser: the same allow-list holds without a browser.
    for (const name of files) expect(sourceProblems(await readFile(join(folder, name), 'utf8')), name).toEqual([]);

    const reader = await app.readerContext();
    if (!reader) return; // Electron has no second browser to open the pages in.
    const folderUrl = pathToFileURL(folder).href;
    const ownFiles = (url: string) => url.startsWith(`${folderUrl}/`) || url.startsWith('data:');
    const watch = new XssWatch(ownFiles);
    await watch.attachToContext(reader);
    // Offline, like the app: the page and the files beside it load, nothing else does.
    await reader.route('**/*', (route) => (ownFiles(route.request().url()) ? route.continue() : route.abort()));
    const readerPage = await reader.newPage();
    try {
      const byHeadline = new Map(specs.map((s) => [asParsedText(s.fields.headline), s]));
      for (const name of files) {
        await readerPage.goto(pathToFileURL(join(folder, name)).href);
        const problems = [
          ...(await readerPage.evaluate(auditDom, { selector: 'html', tags: EXPORT_TAGS, images: 'export-files' as const })),
          ...(await readerPage.evaluate(auditDocument, { scripts: 0, styles: 1, forbidden: FORBIDDEN_IN_EXPORT })),
        ];
        expect(problems, name).toEqual([]);
        const h1 = (await readerPage.locator('h1').textContent()) ?? '';
        const spec = byHeadline.get(asParsedText(h1));
        expect(spec, `${name}: its headline reads back as typed`).toBeDefined();
        const wanted = shownInPreview(spec!, true).map(asParsedText).filter(Boolean);
        expect(await readerPage.evaluate(missingText, { selector: 'article', wanted }), `${name}: text`).toEqual([]);
        const meta = await readerPage.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? null);
        expect(meta, `${name}: description attribute`).toBe(asParsedAttribute(spec!.fields.standfirst));
      }
      await readerPage.waitForTimeout(SETTLE_MS);
      expect(watch.signalled(), 'an exported page ran or loaded something').toEqual([]);
    } finally {
      await reader.close();
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

/** Elements outside the export's allow-list, and event-handler attributes, as htmlparser2 reads the file. */
function sourceProblems(html: string): string[] {
  const problems: string[] = [];
  const allowed = new Set(EXPORT_TAGS);
  const stack = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (!allowed.has(node.name)) problems.push(`<${node.name}>`);
    for (const name of Object.keys(node.attribs)) if (/^on/i.test(name)) problems.push(`<${node.name} ${name}>`);
    stack.push(...childrenOf(node));
  }
  return problems;
}

// What an HTML parser makes of text we wrote escaped: line breaks normalised, NUL dropped from text.
const asParsedText = (text: string) => text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
// eslint-disable-next-line no-control-regex
const asParsedAttribute = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\ufffd');
