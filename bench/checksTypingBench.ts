/**
 * Keystroke latency with the desk's checks on against off (issue 15: "within 1.1× of checks off, in the
 * same run"), in Chromium through the browser host, on the 20,000-word article. Needs `npm run build`.
 */
import type { Page } from '@playwright/test';
import { APP_URL, launchBrowserHost } from '../hosts/browser/browserHost';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { makeTempDataDir } from '../testing/tempDataDir';
import { typeAndMeasure } from './renderer';
import type { Row } from './row';
import { median, p95 } from './stats';

const EDITOR = '[data-testid="body-editor"][contenteditable="true"]';
const ROUNDS = 3;
const HEADLINE = 'Bench: checks while typing, 20,000 words';

async function setChecks(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByTestId('checks-panel').getByLabel('On');
  if ((await toggle.isChecked()) !== on) await toggle.click();
  if (on) await page.getByTestId('checks-counts').waitFor();
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
    await page.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="checks-panel"]')?.textContent ?? '';
        return text.includes('Last pass') && !text.includes('more paragraphs');
      },
      undefined,
      { timeout: 180_000, polling: 500 },
    );
    const findings = await page.locator('.check-item').count();

    // Rounds alternate, so on and off see the same minutes of a shared machine.
    const on: number[] = [];
    const off: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await setChecks(page, true);
      on.push(...(await typeAndMeasure(page, EDITOR)).latencies);
      await setChecks(page, false);
      off.push(...(await typeAndMeasure(page, EDITOR)).latencies);
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
