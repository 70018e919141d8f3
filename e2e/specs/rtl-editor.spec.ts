import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

const direction = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((el) => getComputedStyle(el).direction);
const bodyDirection = (page: Page) => page.getByTestId('body-editor').evaluate((el) => getComputedStyle(el).direction);

test('an Arabic story edits right to left, and goes back to left to right with its language', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await expect.poll(() => bodyDirection(page)).toBe('ltr');

  await page.getByLabel('Language', { exact: true }).fill('ar');
  await typeArticle(page, {
    headline: 'بوتين يؤكد دعمه لمادورو في مواجهة الضغوط الأمريكية',
    standfirst: 'اتصال هاتفي بين الزعيمين بعد احتجاز الولايات المتحدة ناقلة نفط.',
    body: ['أكد الرئيس الروسي فلاديمير بوتين دعمه لفنزويلا في اتصال هاتفي مع نظيره نيكولاس مادورو.'],
  });
  for (const field of ['Headline', 'Standfirst']) expect(await direction(page, field)).toBe('rtl');
  expect(await bodyDirection(page)).toBe('rtl');
  // The first letter of a right-to-left paragraph sits at its right edge.
  const { right, textRight } = await page
    .getByTestId('body-editor')
    .locator('p')
    .first()
    .evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return { right: p.getBoundingClientRect().right, textRight: range.getBoundingClientRect().right };
    });
  expect(right - textRight).toBeLessThan(2);
  await expectSaved(page);
  expect((await app.readArticleFile(await selectedArticleId(page))).language).toBe('ar');

  // English, then Hebrew named by its script subtag: the direction follows every change of the language.
  await page.getByLabel('Language', { exact: true }).fill('en');
  expect(await direction(page, 'Headline')).toBe('ltr');
  expect(await bodyDirection(page)).toBe('ltr');
  await page.getByLabel('Language', { exact: true }).fill('he-Hebr');
  expect(await direction(page, 'Standfirst')).toBe('rtl');
  expect(await bodyDirection(page)).toBe('rtl');
});

test('the app’s own labels around Arabic copy stay left to right', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await page.getByLabel('Language', { exact: true }).fill('ar');
  await expect.poll(() => bodyDirection(page)).toBe('rtl');
  expect(await direction(page, 'Source')).toBe('rtl');
  for (const label of [page.getByText('SOURCE:', { exact: true }), page.getByRole('button', { name: 'Add related story' })])
    expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
