import { test, expect } from '../fixtures';
import { library } from './helpers';
import { SEED, seedText } from '../../testing/seed';

test('pastes the seed story as a new article, reviews it, and shows every part in the editor and the preview', async ({ app }) => {
  const { page } = app;
  await app.setClipboardText(seedText());
  await library(page).getByRole('button', { name: 'Paste as new' }).click();

  const review = page.getByRole('dialog', { name: 'Review import: Pasted text' });
  const field = (name: string) => review.locator(`[data-field="${name}"]`);
  await expect(field('headline')).toHaveClass(/recognised/);
  await expect(field('headline')).toContainText(SEED.headline);
  await expect(field('section')).toContainText('WORLD');
  await expect(field('credit')).toContainText('Reuters');
  await expect(field('body')).toContainText('9 paragraphs');
  await expect(field('related')).toContainText(`TRT World - ${SEED.related}`);
  await expect(field('source')).toContainText(`SOURCE: ${SEED.source}`);
  await review.getByRole('button', { name: 'Create article' }).click();
  await expect(review).toHaveCount(0);

  // The editor shows every field.
  await expect(page.getByLabel('Section', { exact: true })).toHaveValue(SEED.section);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(SEED.headline);
  await expect(page.getByLabel('Standfirst', { exact: true })).toHaveValue(SEED.standfirst);
  await expect(page.getByLabel('Caption', { exact: true })).toHaveValue(SEED.caption);
  await expect(page.getByLabel('Credit', { exact: true })).toHaveValue(SEED.credit);
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue(SEED.source);
  const body = page.getByTestId('body-editor');
  await expect(body.locator('p')).toHaveCount(9);
  await expect(body.locator('aside.related-teaser')).toContainText(SEED.related);
  await expect(body.locator('aside.related-teaser')).toContainText('TRT World');
  await expect(page.getByTestId('read-time')).toHaveText('2 min read');
  const publish = await page.getByLabel('Publish time', { exact: true }).inputValue();
  expect(Date.now() - new Date(publish).getTime()).toBeGreaterThan(32 * 60_000);
  expect(Date.now() - new Date(publish).getTime()).toBeLessThan(35 * 60_000);

  // The preview reads like the news page, in the page's order.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' }).locator('article');
  await expect(preview).toContainText('WORLD');
  await expect(preview).toContainText('2 min read');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(SEED.headline);
  await expect(preview).toContainText(SEED.standfirst);
  await expect(preview.locator('figcaption')).toContainText(`${SEED.caption} / ${SEED.credit}`);
  await expect(preview.locator('time').first()).toHaveText(/3[2-4] minutes ago/);
  await expect(preview).toContainText('Russia has fostered warm ties with Venezuela');
  await expect(preview).toContainText(SEED.related);
  await expect(preview).toContainText(`SOURCE: ${SEED.source}`);
  const text = (await preview.textContent()) ?? '';
  const order = [
    'WORLD',
    '2 min read',
    SEED.headline,
    SEED.standfirst,
    SEED.credit,
    'minutes ago',
    'Russian President',
    SEED.related,
    `SOURCE: ${SEED.source}`,
  ].map((s) => text.indexOf(s));
  expect(
    order.every((pos) => pos >= 0),
    `all parts present: ${order}`,
  ).toBe(true);
  expect(
    [...order].sort((a, b) => a - b),
    'parts in the page order',
  ).toEqual(order);

  await page.getByRole('button', { name: 'Mobile' }).click();
  await expect(page.locator('.cdp-pane-mobile')).toBeVisible();
});
