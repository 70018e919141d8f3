import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { expectSaved, newArticle } from './helpers';

const underlined = (page: Page) => page.locator('.body-editor .spelling-error');
const body = (page: Page) => page.getByTestId('body-editor');

async function settings(page: Page) {
  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('settings');
  await page.keyboard.press('Enter');
  return page.getByRole('dialog', { name: 'Settings' });
}

test('misspelt words are underlined, a suggestion replaces one, and an added word stays right after a restart', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type('tset of teh speling');
  // Underlined after the pause, every wrong word and nothing else; the browser's own checker is off.
  await expect(underlined(page)).toHaveText(['tset', 'teh', 'speling']);
  await expect(body(page)).toHaveAttribute('spellcheck', 'false');

  await underlined(page).filter({ hasText: 'teh' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling: teh' });
  // The likely slip first, and the menu takes the keyboard: Enter picks the focused suggestion.
  await expect(menu.getByRole('menuitem').first()).toHaveText('the');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(body(page)).toHaveText('tset of the speling');
  await expect(underlined(page)).toHaveText(['tset', 'speling']);
  await expect(body(page)).toBeFocused();

  // Escape closes the menu and gives the body its focus back, changing nothing.
  await underlined(page).filter({ hasText: 'speling' }).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Spelling: speling' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(body(page)).toBeFocused();

  await underlined(page).filter({ hasText: 'tset' }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Spelling: tset' }).getByRole('menuitem', { name: 'Add “tset” to dictionary' }).click();
  // A shortcut pressed right after goes where it is aimed: the body takes the focus back at once, not a
  // frame later from under the palette (the typed text went into the story).
  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('pre');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')).toHaveValue('pre');
  await page.keyboard.press('Escape');
  await expect(body(page)).toHaveText('tset of the speling');
  await expect(underlined(page)).toHaveText(['speling']);
  await expectSaved(page);

  page = await app.restart();
  await body(page).click();
  await expect(underlined(page)).toHaveText(['speling']);
  await page.keyboard.press('End');
  await page.keyboard.type(' tset');
  await expect(body(page)).toHaveText('tset of the speling tset');
  await expect(underlined(page)).toHaveText(['speling']);

  // Settings list the added word; removing it there underlines it again.
  const dialog = await settings(page);
  const words = dialog.getByRole('list', { name: 'Your dictionary' });
  await expect(words.getByRole('listitem')).toHaveText(['tsetRemove']);
  await words.getByRole('button', { name: 'Remove “tset” from your dictionary' }).click();
  await expect(dialog.getByText('Your dictionary is empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(underlined(page)).toHaveText(['tset', 'speling', 'tset']);
});

test('spelling follows the languages ticked in Settings', async ({ app }) => {
  const page = app.page;
  await newArticle(page);
  await body(page).click();
  await page.keyboard.insertText('The colour of the color guard.');
  await expect(underlined(page)).toHaveText(['colour']);

  // A story in a language not ticked is not underlined word by word; back in English it is checked again.
  const language = page.getByLabel('Language', { exact: true });
  await language.fill('fr');
  await expect(underlined(page)).toHaveCount(0);
  await language.fill('en-GB');
  await expect(underlined(page)).toHaveText(['colour']);

  let dialog = await settings(page);
  await dialog.getByRole('checkbox', { name: 'English (US)' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'English (UK)' }).check();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(underlined(page)).toHaveText(['color']);

  // No language ticked: nothing is checked.
  dialog = await settings(page);
  await dialog.getByRole('checkbox', { name: 'English (UK)' }).uncheck();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(underlined(page)).toHaveCount(0);
});
