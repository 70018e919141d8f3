/**
 * Renderer rows, in Chromium through the browser host. Needs `npm run build` (out/renderer), which
 * `npm run bench` runs first, and the seeded library that bench/run.ts passes in.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_URL, launchBrowserHost, RENDERER_DIR } from '../hosts/browser/browserHost';
import { BROWSER_HOST_ORIGIN } from '../hosts/browser/rendererRoutes';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import type { Row } from './row';
import { median, p95 } from './stats';
import { reviewRendererRows } from './reviewRendererBench';

const KEYSTROKES = 300;
/**
 * The app against a bare contenteditable: 600 keys each, in chunks that alternate which page goes first.
 * A p95 of 300 keys is its 15th-worst key, and moved by a tenth from run to run on a quiet machine.
 */
const INTERLEAVED_KEYSTROKES = 600;
const CHUNK = 50;
const LOADS = 5;
const LONG_HEADLINE = 'Bench: the 20,000-word article';
const BLANK_URL = `${BROWSER_HOST_ORIGIN}/__bench-blank.html`;

/** Keydown to the first task after the next frame: the frame that shows the character has been painted. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[]; __probed?: boolean };
    w.__lat = [];
    w.__long = [];
    // Once per page: a second listener would count every later keystroke twice (rows that measure in rounds).
    if (w.__probed) return;
    w.__probed = true;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__lat.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
}

/**
 * Records, in the page, when the editable editor and the first library row first appear. Asking from
 * outside (waitFor, then performance.now()) measured when Playwright's polling got a turn, which is
 * after the page finished taking in the 4 MB list: up to ~1.5 s late at 10,000 articles.
 * Source text, not a function: tsx would inject helpers the page does not have.
 */
const SHOWN_AT_PROBE = `(() => {
  const shownAt = (window.__shownAt = {});
  const wanted = { editor: '[data-testid="body-editor"][contenteditable="true"]', list: '[data-testid="article-item"]' };
  const look = () => {
    for (const [name, selector] of Object.entries(wanted))
      if (!(name in shownAt) && document.querySelector(selector)) shownAt[name] = performance.now();
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Clicks into the target and leaves the caret there for typeChunk. */
export async function prepare(page: Page, target: string): Promise<void> {
  await installProbe(page);
  await page.locator(target).first().click();
}

export async function typeChunk(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  for (const ch of text) await page.keyboard.type(ch, { delay: 0 }).then(() => page.waitForTimeout(15));
  await page.waitForTimeout(300);
}

export async function readProbe(page: Page): Promise<{ latencies: number[]; longest: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] };
    return { latencies: w.__lat, longest: Math.max(0, ...w.__long) };
  });
}

/** Types the same text into both pages in alternating chunks, so both see the same machine. */
async function typeInterleaved(app: Page, appTarget: string, bare: Page, bareTarget: string) {
  await prepare(app, appTarget);
  await prepare(bare, bareTarget);
  const text = 'the quick brown fox jumps over the lazy dog '.repeat(20).slice(0, INTERLEAVED_KEYSTROKES);
  for (let at = 0; at < text.length; at += CHUNK) {
    const chunk = text.slice(at, at + CHUNK);
    for (const page of (at / CHUNK) % 2 === 0 ? [bare, app] : [app, bare]) await typeChunk(page, chunk);
  }
  return { typed: await readProbe(app), bareTyped: await readProbe(bare) };
}

/** What the editor waited for, in ms from navigation start: scripts fetched, first paint, first IPC answers. */
async function firstPaintBreakdown(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script');
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      scripts: Math.max(0, ...scripts.map((e) => (e as PerformanceResourceTiming).responseEnd)),
      domInteractive: nav?.domInteractive ?? 0,
      firstPaint: paint?.startTime ?? 0,
    };
  });
}

function breakdownNote(waits: Array<Record<string, number>>): string {
  const keys = Object.keys(waits[0] ?? {});
  return `median ms from navigation: ${keys.map((k) => `${k} ${median(waits.map((w) => w[k]!)).toFixed(0)}`).join(', ')}`;
}

/** Types the whole text into one page: the review rows (issue 14) alternate modes themselves. */
export async function typeAndMeasure(page: Page, target: string): Promise<{ latencies: number[]; longest: number }> {
  await prepare(page, target);
  await typeChunk(page, 'the quick brown fox jumps over the lazy dog '.repeat(10).slice(0, KEYSTROKES));
  return readProbe(page);
}

const newestStamp = (entries: Array<{ updatedAt: string }>) => entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), '');

/** A page that loads a script as large as the app's bundle but runs nothing: the floor for start-up. */
async function blankPageHtml(): Promise<string> {
  const assets = join(RENDERER_DIR, 'assets');
  let bytes = 0;
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) bytes += (await stat(join(assets, name))).size;
  return `<!doctype html><html><body><script>function unused(){/*${'x'.repeat(bytes)}*/}</script></body></html>`;
}

export async function rendererRows(dir: string): Promise<Row[]> {
  const session = await launchBrowserHost({ dataDir: dir });
  const rows: Row[] = [];
  try {
    const { page, backend } = session;
    const store = backend.store;
    const existing = store.list().find((e) => e.headline === LONG_HEADLINE);
    const body = generateBody(new Rng(20_000), 20_000);
    // Saved again each run so it is the newest article and tops the list.
    if (existing) await store.save({ ...(await store.get(existing.id)), body });
    else
      await page.evaluate(
        ({ headline, body }) =>
          (window as unknown as { copydesk: { createArticle(i: unknown): Promise<unknown> } }).copydesk.createArticle({
            fields: { headline, body },
          }),
        { headline: LONG_HEADLINE, body },
      );
    // Found by id, not by headline: a library seeded by an older run may hold more than one of these.
    const longId = store.list().find((e) => e.headline === LONG_HEADLINE && e.updatedAt === newestStamp(store.list()))?.id;
    if (!longId) throw new Error('The 20,000-word article is not the newest in the library.');

    const blank = await blankPageHtml();
    await page.context().route(BLANK_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: blank }));
    await page.context().addInitScript({ content: SHOWN_AT_PROBE });
    const loads: number[] = [];
    const waits: Array<Record<string, number>> = [];
    const blanks: number[] = [];
    // The app reopens the last article at start; open an ordinary one once so that is what loads.
    await page.goto(APP_URL);
    const ordinary = store.list().find((e) => e.words > 1500 && e.words < 2500)!;
    await page.evaluate(
      (id) => (window as unknown as { copydesk: { openedArticle(i: unknown): Promise<unknown> } }).copydesk.openedArticle({ id }),
      ordinary.id,
    );
    for (let i = 0; i < LOADS; i++) {
      await page.goto(BLANK_URL);
      blanks.push(await page.evaluate(() => performance.now()));
      await page.goto(APP_URL);
      await page.locator('[data-testid="body-editor"][contenteditable="true"]').first().waitFor({ timeout: 60_000 });
      // The library list loads after the open article (renderer/src/app/startupOrder.ts); once it shows,
      // read when each appeared, as the page saw it (see shownAtProbe).
      await page.locator('[data-testid="article-item"]').first().waitFor({ timeout: 60_000 });
      const shown = await page.evaluate(() => (window as unknown as { __shownAt: Record<string, number> }).__shownAt);
      loads.push(shown.editor!);
      waits.push({ ...(await firstPaintBreakdown(page)), listShown: shown.list! });
    }
    await page.locator('[data-testid="article-item"]').first().waitFor();
    await page.getByTestId('library-search').fill(LONG_HEADLINE);
    await page.locator(`[data-testid="article-item"][data-id="${longId}"] .article-open`).click();
    await page.waitForFunction((h) => document.querySelector<HTMLTextAreaElement>('[aria-label="Headline"]')?.value === h, LONG_HEADLINE, {
      timeout: 60_000,
    });
    rows.push({
      name: `renderer load to an editable editor, ${store.list().length} in library`,
      value: median(loads),
      unit: 'ms',
      baseline: { name: 'blank page, same bundle size', value: median(blanks) },
      target: { max: 600 },
      note: breakdownNote(waits),
    });

    const editor = '[data-testid="body-editor"][contenteditable="true"]';
    const html = await page.locator(editor).first().innerHTML();
    const bare = await page.context().newPage();
    await bare.setContent(`<!doctype html><html><body><div id="bare" contenteditable="true">${html}</div></body></html>`);
    const { typed, bareTyped } = await typeInterleaved(page, editor, bare, '#bare');
    rows.push({
      name: `keystroke to paint, p95 of ${INTERLEAVED_KEYSTROKES} keys, 20,000 words`,
      value: p95(typed.latencies),
      unit: 'ms',
      baseline: { name: 'bare contenteditable p95', value: p95(bareTyped.latencies) },
      target: { maxRatio: 1.1 },
      note: `median ${median(typed.latencies).toFixed(1)} vs ${median(bareTyped.latencies).toFixed(1)} ms over ${typed.latencies.length} + ${bareTyped.latencies.length} keys`,
    });
    rows.push({
      name: 'longest main-thread task while typing',
      value: typed.longest,
      unit: 'ms',
      baseline: { name: 'bare contenteditable', value: Math.max(bareTyped.longest, 0.01) },
    });
    await bare.close();
    try {
      rows.push(...(await reviewRendererRows(page, store, typed.latencies, typeAndMeasure)));
    } catch (error) {
      // Kept as a failed row, so the rows above still reach RESULTS.md and --check still fails.
      rows.push({
        name: 'review rows in the renderer (issue 14)',
        value: NaN,
        unit: 'ms',
        target: { max: 0 },
        note: `failed: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  } finally {
    await session.close();
  }
  return rows;
}
