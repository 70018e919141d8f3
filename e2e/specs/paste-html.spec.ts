import { test, expect } from '../fixtures';
import { library } from './helpers';

// What a browser leaves on the clipboard when a reader selects a story on a news page and copies it.
const SELECTION = `<meta charset="utf-8"><h1>Storm closes schools across the north</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="https://cdn.example/snow.jpg" alt="Snow"><figcaption>Snow on the A1 near Durham. <span class="credit">Jo Roe/Agency</span></figcaption></figure>
<p>Hundreds of schools closed on Monday as <a href="https://weather.example/warning">an amber warning</a> took effect.</p>
<h2>What the council said</h2>
<blockquote><p>“We will reopen when the roads are safe,” the council leader said.</p></blockquote>
<ul><li>Roads closed in three towns</li><li>Trains on a reduced timetable</li></ul>`;

test('Paste as new reads the clipboard HTML: headline, byline, caption and credit from the selection, structure kept in the body', async ({
  app,
}) => {
  const { page } = app;
  await app.setClipboardText('Storm closes schools across the north\nBy Ann Lee\nHundreds of schools closed on Monday.');
  await app.setClipboardHtml(SELECTION);
  await library(page).getByRole('button', { name: 'Paste as new' }).click();

  const review = page.getByRole('dialog', { name: 'Review import: Pasted selection' });
  const field = (name: string) => review.locator(`[data-field="${name}"]`);
  await expect(field('headline')).toContainText('Storm closes schools across the north');
  await expect(field('headline').locator('.field-source')).toHaveText('page');
  await expect(field('byline')).toContainText('Ann Lee');
  await expect(field('caption')).toContainText('Snow on the A1 near Durham.');
  await expect(field('credit')).toContainText('Jo Roe/Agency');
  await review.getByRole('button', { name: 'Create article' }).click();

  const body = page.getByTestId('body-editor');
  await expect(body.locator('h2')).toHaveText('What the council said');
  await expect(body.locator('blockquote')).toContainText('We will reopen');
  await expect(body.locator('li')).toHaveCount(2);
  await expect(body.locator('a[href="https://weather.example/warning"]')).toHaveText('an amber warning');
});

test('Paste as new falls back to the plain text when the clipboard has no HTML', async ({ app }) => {
  const { page } = app;
  await app.setClipboardText(
    'WORLD\nStorm closes schools across the north\nHundreds of schools closed on Monday as an amber warning took effect.',
  );
  await library(page).getByRole('button', { name: 'Paste as new' }).click();
  const review = page.getByRole('dialog', { name: 'Review import: Pasted text' });
  await expect(review.locator('[data-field="headline"]')).toContainText('Storm closes schools across the north');
  await expect(review.locator('[data-field="headline"] .field-source')).toHaveText('text');
});
