import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

test('checks underline findings in the body and the headline, list them with counts, and fix or ignore them', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    section: 'WORLD',
    headline: 'Talks end at 7:00 pm.',
    body: ['The the talks ended on October 4th, officials said.', 'Only 3 ministers came, officials said.'],
  });
  const panel = page.getByTestId('checks-panel');
  // One of a kind is singular: "1 error", never "1 errors".
  await expect(panel.locator('.count-error')).toHaveText('1 error');
  const body = page.getByTestId('body-editor');
  await expect(body.locator('.check-error')).toHaveText('The the');
  await expect(body.locator('.check-warning[data-rule="numbers.spell-one-to-nine"]')).toHaveText('3');
  await expect(page.locator('.check-underlines .check-warning').first()).toHaveText('7:00 pm.');
  await page.screenshot({ path: test.info().outputPath('checks-panel.png') });

  // Ctrl+. on the underlined word applies its fix.
  await body.locator('.check-error').click();
  await page.keyboard.press('Control+.');
  await expect(body.locator('p').first()).toHaveText('The talks ended on October 4th, officials said.');
  await expect(panel.locator('.count-error')).toHaveText('0 errors');

  // The panel's fix button changes the headline; "Ignore in this article" is saved with the article.
  await panel.locator('.check-item').filter({ hasText: '7:00 pm.' }).getByRole('button', { name: 'Change to “7 p.m.”' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Talks end at 7 p.m.');
  await panel
    .locator('.check-item')
    .filter({ hasText: 'Body ¶2' })
    .filter({ hasText: 'spells out one to nine' })
    .getByRole('button', { name: 'Ignore in this article' })
    .click();
  await expect(body.locator('[data-rule="numbers.spell-one-to-nine"]')).toHaveCount(0);
  await expectSaved(page);
  const stored = await app.readArticleFile(await selectedArticleId(page));
  expect((stored as { newsroom: { ignoredChecks: string[] } }).newsroom.ignoredChecks).toEqual(['numbers.spell-one-to-nine|body|3']);
});

test('find and replace in the article: count, next, replace all in one undo step, and a runaway pattern stopped', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    headline: 'Troops leave Kiev',
    body: ['Troops left Kiev on Tuesday.', 'Kiev was quiet, officials in kiev said.'],
  });
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('Control+h');
  const bar = page.getByTestId('find-bar');
  const findInput = bar.getByRole('textbox', { name: 'Find', exact: true });
  await findInput.fill('Kiev');
  await expect(bar.getByTestId('find-count')).toHaveText('1 of 4');
  await bar.getByLabel('Match case').check();
  await expect(bar.getByTestId('find-count')).toHaveText('1 of 3');
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(bar.getByTestId('find-count')).toHaveText('2 of 3');
  await bar.getByLabel('Replace with').fill('Kyiv');
  await page.screenshot({ path: test.info().outputPath('find-replace.png') });
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Troops leave Kyiv');
  const body = page.getByTestId('body-editor');
  await expect(body).toContainText('Troops left Kyiv on Tuesday.Kyiv was quiet, officials in kiev said.');
  await expect(bar.getByTestId('find-count')).toHaveText('No matches');
  // One undo takes the whole body replacement back.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('Troops left Kiev on Tuesday.Kiev was quiet');

  // A catastrophic pattern on a long line is stopped on its time limit; the page stays responsive.
  await page.keyboard.press('Control+f');
  await body.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(` ${'a'.repeat(40)}!`);
  await page.keyboard.press('Control+f');
  await bar.getByLabel('Regex').check();
  await findInput.fill('(a+)+$');
  await expect(bar.getByRole('status')).toContainText('backtracks too much', { timeout: 5_000 });
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Still typing while it ran.');
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Still typing while it ran.');
});
