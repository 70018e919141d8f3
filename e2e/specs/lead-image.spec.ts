import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';
import { makePng } from '../../testing/pngForTests';
import { chooseFile } from './fileDialog';

test('attaches a lead image chosen in the file dialog and stores it once in assets/', async ({ app }) => {
  const { page } = app;
  const png = makePng(1200, 675);
  const file = join(app.dataDir, '..', `lead-${Date.now()}.png`);
  await writeFile(file, png);
  const expected = `${createHash('sha256').update(png).digest('hex')}.png`;

  await newArticle(page);
  await typeArticle(page, { headline: 'With a picture' });
  await chooseFile(app, file, () =>
    page.getByRole('region', { name: 'Lead image' }).getByRole('button', { name: 'Choose image…' }).click(),
  );
  const image = page.getByRole('region', { name: 'Lead image' }).locator('img');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);

  await page.getByLabel('Caption', { exact: true }).fill('Tanker off the coast');
  await page.getByLabel('Credit', { exact: true }).fill('Reuters');
  await page.getByLabel('Alt text', { exact: true }).fill('An oil tanker at sea');
  await expectSaved(page);
  expect(await readdir(join(app.dataDir, 'assets'))).toEqual([expected]);
  const stored = await app.readArticleFile(await selectedArticleId(page));
  expect(stored.leadImage).toEqual({ asset: expected, caption: 'Tanker off the coast', credit: 'Reuters', alt: 'An oil tanker at sea' });

  // The same file attached again is stored once.
  await chooseFile(app, file, () => page.getByRole('button', { name: 'Replace…' }).click({ force: true }));
  await expectSaved(page);
  expect(await readdir(join(app.dataDir, 'assets'))).toEqual([expected]);
});

test('a file that is not an image gets a clear message and changes nothing', async ({ app }) => {
  const { page } = app;
  const file = join(app.dataDir, '..', `not-an-image-${Date.now()}.png`);
  await writeFile(file, '%PDF-1.7 this is a PDF renamed to .png');
  await newArticle(page);
  await chooseFile(app, file, () =>
    page.getByRole('region', { name: 'Lead image' }).getByRole('button', { name: 'Choose image…' }).click(),
  );
  await expect(page.getByRole('alert')).toContainText('is not a JPEG, PNG, WebP or GIF image');
  expect(await readdir(join(app.dataDir, 'assets'))).toEqual([]);
});
