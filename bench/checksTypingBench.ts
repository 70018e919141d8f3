/**
 * Keystroke latency with the desk's checks on against off (issue 15: "within 1.1× of checks off, in the
 * same run"), in Chromium through the browser host, on the 20,000-word article. Needs `npm run build`.
 */
import type { Page } from '@playwright/test';
import { APP_URL, launchBrowserHost } from '../hosts/browser/browserHost';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { makeTempDataDir } from '../testing/tempDataDir';
import { prepare, readProbe, typeChunk } from './renderer';
import type { Row } from './row';
import { median, p95 } from './stats';

const EDITOR = '[data-testid="body-editor"][contenteditable="true"]';
/** Short rounds, many of them, in alternating order: the p95 of each mode sees the same minutes of the machine. */
const ROUNDS = 6;
const KEYS_PER_ROUND = 150;
const HEADLINE = 'Bench: checks while typing, 20,000 words';

const settled = () => {
  const text = document.querySelector('[data-testid="checks-panel"]')?.textContent ?? '';
  return text.includes('Last pass') && !text.includes('more paragraphs');
};

/**
 * Turning checks on checks the article again (what the last round typed). That pass is the toggle's, not
 * the typing's: the round starts once its result is in, as typing after any pause does.
 */
async function setChecks(page: Page, on: boolean): Promise<void> {
  const panel = page.getByTestId('checks-panel');
  const toggle = panel.getByLabel('On');
  if ((await toggle.isChecked()) === on) return;
  const passes = Number(await panel.getAttribute('data-passes'));
  await toggle.click();
  if (!on) return;
  await page.locator(`[data-testid="checks-panel"]:not([data-passes="${passes}"])`).waitFor();
  await page.waitForFunction(settled, undefined, { polling: 50 });
}

async function typeRound(page: Page, text: string): Promise<number[]> {
  await prepare(page, EDITOR);
  await typeChunk(page, text);
  return (await readProbe(page)).latencies;
}

export async function checksTypingRows(): Promise<Row[]> {
  const { dir, cleanup } = await makeTempDataDir('copydesk-bench-checks-typing-');
  const session = await launchBrowserHost({ dataDir: dir });
  try {
    const { page, backend } = session;
    const article = await backend.store.create({ headline: HEADLINE, body: generateBody(new Rng(20_015), 20_000) });
    await page.evaluate(
      (id) => (window as unknown as { copydesk: { openedArticle(i: unknown): Promise<unknown> } }).copydesk.openedArticle({ id }),
      article.id,
    );
    await page.goto(APP_URL);
    await page.locator(EDITOR).waitFor({ timeout: 60_000 });
    await page.getByTestId('checks-counts').waitFor({ timeout: 60_000 });
    // The first full check of 20,000 words is another row's; typing starts once it has finished (steady state).
    await page.waitForFunction(settled, undefined, { timeout: 180_000, polling: 500 });
    const findings = await page.locator('.check-item').count();

    const text = 'the quick brown fox jumps over the lazy dog '.repeat(4).slice(0, KEYS_PER_ROUND);
    const on: number[] = [];
    const off: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 === 0 ? [true, false] : [false, true]) {
        await setChecks(page, mode);
        (mode ? on : off).push(...(await typeRound(page, text)));
      }
    }
    return [
      {
        name: 'keystroke p95 with checks on, 20,000 words',
        value: p95(on),
        unit: 'ms',
        baseline: { name: 'checks off p95, same rounds', value: p95(off) },
        target: { maxRatio: 1.1 },
        note: `median ${median(on).toFixed(1)} ms vs ${median(off).toFixed(1)} ms over ${on.length} + ${off.length} keys; ${findings} findings listed at start`,
      },
    ];
  } finally {
    await session.close();
    await cleanup();
  }
}
