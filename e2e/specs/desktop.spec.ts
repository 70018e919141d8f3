import { test, expect } from '../fixtures';
import { expectSaved, library, newArticle, typeArticle } from './helpers';

async function palette(page: import('@playwright/test').Page, query: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  await page.keyboard.insertText(query);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
}

test('the command palette runs New, Export and Preview', async ({ app }) => {
  const { page } = app;
  await expect(library(page).getByTestId('article-item')).toHaveCount(0);
  await palette(page, 'new article');
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  await expect(library(page).getByTestId('article-item')).toHaveCount(1);
  await typeArticle(page, { headline: 'Run from the palette' });
  await expectSaved(page);

  await palette(page, 'preview');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { level: 1 })).toHaveText('Run from the palette');

  await palette(page, 'export');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
});

test('Settings change the headline limit shown in the editor, and keep it after a restart', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await typeArticle(page, { headline: 'A headline of exactly forty-five characters!!' });
  await expect(page.getByTestId('headline-count')).toHaveText('45/70');
  await expect(page.getByTestId('headline-count')).not.toHaveClass(/over/);

  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('settings');
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Headline (characters)').fill('40');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);
  await expect(page.getByTestId('headline-count')).toHaveText('45/40');
  await expect(page.getByTestId('headline-count')).toHaveClass(/over/);

  page = await app.restart();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('A headline of exactly forty-five characters!!');
  await expect(page.getByTestId('headline-count')).toHaveText('45/40');
});
