/**
 * Renderer benchmarks in Chromium through the browser host: tsx bench/renderer.ts [--check]
 * Needs `npm run build` (out/renderer) and a seeded library (bench/run.ts makes it).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { APP_URL, launchBrowserHost, RENDERER_DIR } from '../hosts/browser/browserHost';
import { BROWSER_HOST_ORIGIN } from '../hosts/browser/rendererRoutes';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { ensureLibrary } from './benchLibrary';
import { formatRow, machine, median, p95, type Row } from './stats';
import { reviewRendererRows } from './reviewRendererBench';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, count: { type: 'string', default: '10000' } } });
const KEYSTROKES = 300;
const LOADS = 5;
const LONG_HEADLINE = 'Bench: the 20,000-word article';
const BLANK_URL = `${BROWSER_HOST_ORIGIN}/__bench-blank.html`;

/** Keydown to the first task after the next frame: the frame that shows the character has been painted. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] };
    w.__lat = [];
    w.__long = [];
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

async function typeAndMeasure(page: Page, target: string): Promise<{ latencies: number[]; longest: number }> {
  await installProbe(page);
  await page.locator(target).first().click();
  const text = 'the quick brown fox jumps over the lazy dog '.repeat(10).slice(0, KEYSTROKES);
  for (const ch of text) await page.keyboard.type(ch, { delay: 0 }).then(() => page.waitForTimeout(15));
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] };
    return { latencies: w.__lat, longest: Math.max(0, ...w.__long) };
  });
}

/** A page that loads a script as large as the app's bundle but runs nothing: the floor for start-up. */
async function blankPageHtml(): Promise<string> {
  const assets = join(RENDERER_DIR, 'assets');
  let bytes = 0;
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) bytes += (await stat(join(assets, name))).size;
  return `<!doctype html><html><body><script>function unused(){/*${'x'.repeat(bytes)}*/}</script></body></html>`;
}

const dir = await ensureLibrary(Number(values.count), console.log);
console.log(`Machine: ${machine()}`);
const session = await launchBrowserHost({ dataDir: dir });
const rows: Row[] = [];
try {
  const { page, backend } = session;
  const store = backend.store;
  const existing = store.list().find((e) => e.headline === LONG_HEADLINE);
  const body = generateBody(new Rng(20_000), 20_000);
  // Saved again each run so it is the newest article and tops the list.
  if (existing) await store.save({ ...(await store.get(existing.id)), body });
  else await page.evaluate(({ headline, body }) => (window as unknown as { copydesk: { createArticle(i: unknown): Promise<unknown> } }).copydesk.createArticle({ fields: { headline, body } }), { headline: LONG_HEADLINE, body });

  const blank = await blankPageHtml();
  await page.context().route(BLANK_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: blank }));
  const loads: number[] = [];
  const blanks: number[] = [];
  // The app reopens the last article at start; open an ordinary one once so that is what loads.
  await page.goto(APP_URL);
  const ordinary = store.list().find((e) => e.words > 1500 && e.words < 2500)!;
  await page.evaluate((id) => (window as unknown as { copydesk: { openedArticle(i: unknown): Promise<unknown> } }).copydesk.openedArticle({ id }), ordinary.id);
  for (let i = 0; i < LOADS; i++) {
    await page.goto(BLANK_URL);
    blanks.push(await page.evaluate(() => performance.now()));
    await page.goto(APP_URL);
    await page.locator('[data-testid="body-editor"][contenteditable="true"]').first().waitFor({ timeout: 60_000 });
    loads.push(await page.evaluate(() => performance.now()));
  }
  await page.locator('[data-testid="article-item"]').first().waitFor();
  await page.getByTestId('library-search').fill(LONG_HEADLINE);
  await page.locator('[data-testid="article-item"]').filter({ hasText: LONG_HEADLINE }).locator('.article-open').click();
  await page.waitForFunction((h) => document.querySelector<HTMLTextAreaElement>('[aria-label="Headline"]')?.value === h, LONG_HEADLINE, { timeout: 60_000 });
  rows.push({ name: `renderer load to editable editor, ${store.list().length} in library`, value: median(loads), unit: 'ms', baseline: { name: 'blank page, same bundle size', value: median(blanks) } });

  const typed = await typeAndMeasure(page, '[data-testid="body-editor"][contenteditable="true"]');
  const html = await page.locator('[data-testid="body-editor"][contenteditable="true"]').first().innerHTML();
  const bare = await page.context().newPage();
  await bare.setContent(`<!doctype html><html><body><div id="bare" contenteditable="true">${html}</div></body></html>`);
  const bareTyped = await typeAndMeasure(bare, '#bare');
  rows.push({
    name: `keystroke to paint, p95 of ${KEYSTROKES} keys, 20,000 words`,
    value: p95(typed.latencies),
    unit: 'ms',
    baseline: { name: 'bare contenteditable p95', value: p95(bareTyped.latencies) },
    note: `median ${median(typed.latencies).toFixed(1)} ms over ${typed.latencies.length} keys`,
  });
  rows.push({ name: 'longest main-thread task while typing', value: typed.longest, unit: 'ms', baseline: { name: 'bare contenteditable', value: Math.max(bareTyped.longest, 0.01) } });
  await bare.close();
  rows.push(...(await reviewRendererRows(page, store, typed.latencies, typeAndMeasure)));
} finally {
  await session.close();
}
rows.forEach((row) => console.log(formatRow(row)));
if (values.check && rows.some((r) => r.pass === false)) process.exit(1);
