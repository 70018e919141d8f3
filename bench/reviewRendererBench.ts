import type { Page } from '@playwright/test';
import type { ArticleStore } from '../backend/store/articleStore';
import { APP_URL } from '../hosts/browser/browserHost';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { withReview } from '../testing/library/reviewGenerator';
import type { Row } from './row';
import { median, p95 } from './stats';

const OPENS = 4;
const PLAIN = 'Bench: 20,000 words, no review';
const REVIEWED = 'Bench: 20,000 words, 1,000 suggestions, 200 comments';
const EDITOR = '[data-testid="body-editor"][contenteditable="true"]';

type Measure = (page: Page, target: string) => Promise<{ latencies: number[]; longest: number }>;

async function upsert(store: ArticleStore, headline: string, fields: Parameters<ArticleStore['create']>[0]): Promise<void> {
  const existing = store.list().find((e) => e.headline === headline);
  if (existing) await store.save({ ...(await store.get(existing.id)), ...fields, headline });
  else await store.create({ ...fields, headline });
}

/** The app started on the article (as when it was the last one open), to the editor showing its body. */
async function openTime(page: Page, store: ArticleStore, headline: string): Promise<number> {
  const id = store.list().find((e) => e.headline === headline)!.id;
  await page.evaluate(
    (articleId) =>
      (window as unknown as { copydesk: { openedArticle(i: unknown): Promise<unknown> } }).copydesk.openedArticle({ id: articleId }),
    id,
  );
  // Typing still unsaved (or being saved) when the page goes is stashed, and the next start reopens
  // the article it was typed in rather than the one named above: the wait below then never ended (the
  // rows timed out at load 17–27, where the save of the 20,000-word article outlasted the upserts).
  await page.locator('[data-testid="save-state"].save-saved').waitFor({ timeout: 60_000 });
  const started = Date.now();
  await page.goto(APP_URL);
  try {
    await page.waitForFunction(
      (h) =>
        document.querySelector<HTMLTextAreaElement>('[aria-label="Headline"]')?.value === h &&
        document.querySelectorAll('.body-editor p').length > 100,
      headline,
      { timeout: 60_000 },
    );
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('[aria-label="Headline"]')?.value ?? null);
    throw new Error(`Opening “${headline}” timed out; the page shows ${shown === null ? 'no article' : `“${shown}”`}.`, { cause: error });
  }
  return Date.now() - started;
}

/**
 * Review rows in the renderer (issue 14): opening the 20,000-word story with 1,000 suggestions and 200
 * comments against the same story without them, and typing in suggesting mode against normal typing in
 * the open 20,000-word article, in the same run.
 */
export async function reviewRendererRows(page: Page, store: ArticleStore, normalTyping: number[], measure: Measure): Promise<Row[]> {
  // In the article the caller typed in, in rounds that alternate normal and suggesting mode, so both see
  // the same machine minute on a shared box; the review panel is closed in both, so the layout is the same.
  const normal: number[] = [...normalTyping];
  const suggesting: number[] = [];
  const toggle = async (on: boolean) => {
    await page.keyboard.press('Control+Shift+E');
    await page.locator(`[data-testid="toggle-suggesting"][aria-pressed="${on}"]`).waitFor();
    const panel = page.locator('[data-testid="toggle-review-panel"][aria-pressed="true"]');
    if (await panel.count()) await panel.click();
  };
  for (let round = 0; round < 2; round++) {
    await toggle(true);
    suggesting.push(...(await measure(page, EDITOR)).latencies);
    await toggle(false);
    normal.push(...(await measure(page, EDITOR)).latencies);
  }

  const plain = generateBody(new Rng(20_001), 20_000);
  const reviewed = withReview(structuredClone(plain), 1000, 200);
  await upsert(store, PLAIN, { body: plain });
  await upsert(store, REVIEWED, { body: reviewed.body, review: { comments: reviewed.comments, fields: {}, editorNote: '', signOffs: [] } });
  const opens = { plain: [] as number[], reviewed: [] as number[] };
  for (let i = 0; i < OPENS; i++) {
    opens.plain.push(await openTime(page, store, PLAIN));
    opens.reviewed.push(await openTime(page, store, REVIEWED));
  }
  return [
    {
      name: 'keystroke p95 in suggesting mode, 20,000 words',
      value: p95(suggesting),
      unit: 'ms',
      baseline: { name: 'normal typing p95, same rounds', value: p95(normal) },
      target: { maxRatio: 1.3 },
      note: `median ${median(suggesting).toFixed(1)} ms vs ${median(normal).toFixed(1)} ms`,
    },
    {
      name: 'open 20,000 words with 1,000 suggestions + 200 comments',
      value: median(opens.reviewed),
      unit: 'ms',
      baseline: { name: 'the same story without review', value: median(opens.plain) },
      target: { maxRatio: 1.5 },
    },
  ];
}
