import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { CopydeskApp } from '../fixtures';
import { makePng } from '../../testing/pngForTests';
import { seedText } from '../../testing/seed';
import { chooseFile } from '../specs/fileDialog';

/** Pastes the seed story as a new article and attaches a lead picture, as a journalist would. */
export async function createSeedStory(app: CopydeskApp): Promise<Page> {
  const { page } = app;
  await app.setClipboardText(seedText());
  await page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: 'Paste as new' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create article' }).click();
  const picture = join(app.dataDir, '..', `lead-${Date.now()}.png`);
  await writeFile(picture, makePng(800, 450));
  await chooseFile(app, picture, () =>
    page.getByRole('region', { name: 'Lead image' }).getByRole('button', { name: 'Choose image…' }).click(),
  );
  await expect(page.getByRole('region', { name: 'Lead image' }).locator('img')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  return page;
}
