import * as Y from 'yjs';
import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';
import { startInProcessDesk, type InProcessDesk } from '../../testing/desk/inProcessDesk';
import { openDocument, openSocket, whenDoc, type OpenDocument } from '../../testing/desk/deskConnection';
import { BODY_ROOT, fieldRoot } from '../../core/desk/articleDoc';
import { fragmentToBody } from '../../core/desk/bodyFragment';
import { bodyPlainText } from '../../core/text/bodyText';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { makePng } from '../../testing/pngForTests';
import { PICTURE_ROOT, pictureDocument, writePictureSize } from '../../core/desk/pictureDoc';

let desk: InProcessDesk;
const opened: OpenDocument[] = [];
test.beforeEach(async () => {
  desk = await startInProcessDesk();
});
test.afterEach(async () => {
  for (const doc of opened.splice(0)) doc.close();
  await desk.stop();
});

const BAD_TOKEN = `cdk_${'x'.repeat(43)}`;

test('Settings › Desk names a wrong token, a closed port and ws:// to another machine, then connects', async ({ app }) => {
  const { page } = app;
  const token = await desk.user('Ada Lovelace', 'chief');
  await expect(page.getByText('Nothing open')).toBeVisible();
  await page.keyboard.press('Control+,');
  const section = page.getByRole('dialog', { name: 'Settings' }).getByTestId('desk-settings');
  const message = section.getByTestId('desk-message');
  await section.getByLabel('Desk address').fill('ws://desk.example.org');
  await section.getByLabel('Your token').fill(token);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(message).toHaveText(/ws:\/\/desk\.example\.org is not encrypted: use wss:\/\//);
  await section.getByLabel('Desk address').fill(desk.url);
  await section.getByLabel('Your token').fill(BAD_TOKEN);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(message).toHaveText(/The desk refused your token/);
  await section.getByLabel('Desk address').fill('ws://127.0.0.1:9');
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(message).toHaveText(/Nothing is listening at 127\.0\.0\.1:9/);
  await section.getByLabel('Desk address').fill(desk.url);
  await section.getByLabel('Desk name').fill('City desk');
  await section.getByLabel('Your token').fill(token);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(message).toHaveText(/accepted your token/);
  await section.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByTestId('desk-status')).toHaveText('Desk: connected');
  await expect(section.getByRole('button', { name: 'Disconnect' })).toBeVisible();
  // The token never comes back to the window.
  await expect(section.getByLabel('Your token')).toHaveValue('');
  await expect(section.getByLabel('Your token')).toHaveAttribute('placeholder', /Saved/);
});

test('live edits from the desk arrive in the open editor, ours reach the desk, and presence shows who else is in', async ({ app }) => {
  const { page } = app;
  const ada = await desk.user('Ada Lovelace', 'chief');
  const bo = await desk.user('Bo Stenberg', 'editor');
  await newArticle(page);
  await typeArticle(page, { headline: 'Flood defences hold', body: ['The river rose overnight.'] });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  await connect(page, ada);
  // Connected, the story is still only here until it is shared.
  await expect(page.getByTestId('shared-marker')).toHaveCount(0);
  await page.getByTestId('desk-share-bar').getByRole('button', { name: 'Share to desk' }).click();
  await expect(page.getByTestId('shared-marker')).toHaveCount(1);
  await expect(page.getByTestId('desk-share-bar')).toHaveCount(0);

  // Bo, on another machine, opens the story and edits the headline and the body.
  const other = await openDocument(openSocket(desk.url), `article:${id}`, bo);
  opened.push(other);
  await whenDoc(other.doc, () => other.doc.getText(fieldRoot('headline')).toString() === 'Flood defences hold');
  const paragraph = () => (other.doc.getXmlFragment(BODY_ROOT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  other.doc.transact(() => {
    other.doc.getText(fieldRoot('headline')).insert(0, 'City ');
    paragraph().insert(0, 'Overnight: ');
  });
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('City Flood defences hold');
  await expect(page.getByTestId('body-editor')).toHaveText('Overnight: The river rose overnight.');

  // Bo's caret after "Overnight:" and his initials above the story.
  other.provider.awareness!.setLocalState({
    user: { name: 'Bo', color: '#1d6fd8' },
    cursor: {
      anchor: Y.createRelativePositionFromTypeIndex(paragraph(), 10),
      head: Y.createRelativePositionFromTypeIndex(paragraph(), 10),
    },
  });
  await expect(page.getByTestId('desk-presence')).toHaveAttribute('title', 'Also in this story: Bo Stenberg');
  await expect(page.locator('.desk-caret-label')).toHaveText('Bo Stenberg');
  await page.screenshot({ path: 'screenshots/desk-presence.png' });
  // The library's row for the story shows him too.
  const readers = page.getByTestId('article-item').filter({ hasText: 'Flood defences hold' }).getByTestId('story-readers');
  await expect(readers).toHaveAttribute('title', 'Open by Bo Stenberg');
  await expect(readers).toHaveText('BS');
  await page.getByTestId('article-item').first().screenshot({ path: 'screenshots/desk-library-readers.png' });

  // We type at the end; Bo sees it, and nothing of his is reverted by our save.
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Staff worked until dawn.');
  await expectSaved(page);
  await whenDoc(other.doc, () => bodyPlainText(fragmentToBody(other.doc.getXmlFragment(BODY_ROOT))).endsWith('until dawn.'));
  expect(bodyPlainText(fragmentToBody(other.doc.getXmlFragment(BODY_ROOT)))).toBe(
    'Overnight: The river rose overnight. Staff worked until dawn.',
  );
  await expect
    .poll(async () => {
      const file = await app.readArticleFile(id);
      return `${file.headline} | ${bodyPlainText(file.body)}`;
    })
    .toBe('City Flood defences hold | Overnight: The river rose overnight. Staff worked until dawn.');

  // Parts beside the text travel too: a correction note added here reaches Bo and the file.
  await page.getByPlaceholder('An earlier version of this story…').fill('An earlier version misnamed the river.');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await whenDoc(other.doc, () => JSON.stringify(other.doc.getMap('newsroom').get('notes') ?? []).includes('misnamed the river'));
  await expect
    .poll(async () => (await app.readArticleFile(id)).newsroom.notes.map((n) => n.text))
    .toEqual(['An earlier version misnamed the river.']);

  // Bo sets a lead picture: the story names it first, its bytes follow; the open editor shows it when they arrive.
  const png = makePng(64, 40);
  const asset = `${createHash('sha256').update(png).digest('hex')}.png`;
  other.doc.transact(() => {
    other.doc.getMap('meta').set('leadImage', { asset });
    other.doc.getText(fieldRoot('leadImage.caption')).insert(0, 'The river at dawn');
  });
  await expect(page.getByLabel('Caption', { exact: true })).toHaveValue('The river at dawn');
  const picture = await openDocument(openSocket(desk.url), pictureDocument(asset), bo);
  opened.push(picture);
  writePictureSize(picture.doc, png.length, 1);
  picture.doc.getMap(PICTURE_ROOT).set('chunk:0000', png);
  await expect(page.getByTestId('lead-image').locator('img')).toBeVisible();
  await page.screenshot({ path: 'screenshots/desk-picture.png' });
  expect((await readFile(join(app.dataDir, 'assets', asset))).equals(Buffer.from(png))).toBe(true);
});

test('offline edits wait, are counted in the status bar, and go when the desk is back', async ({ app }) => {
  const { page } = app;
  // A desk that keeps its users and stories in a file, so it comes back as it was.
  const { dir, cleanup } = await makeTempDataDir('copydesk-e2e-desk-');
  await desk.stop();
  desk = await startInProcessDesk(0, join(dir, 'desk.sqlite'));
  const ada = await desk.user('Ada Lovelace', 'chief');
  const bo = await desk.user('Bo Stenberg', 'editor');
  await newArticle(page);
  await typeArticle(page, { headline: 'Vote tonight' });
  await newArticle(page);
  await typeArticle(page, { headline: 'Budget passes' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  await connect(page, ada, { shareAll: true });
  await expect(page.getByTestId('shared-marker')).toHaveCount(2);
  const url = desk.url;
  await desk.stop();
  await expect(page.getByTestId('desk-status')).toHaveText('Offline: 0 changes waiting');
  await page.getByLabel('Headline', { exact: true }).fill('Budget passes at last');
  await expectSaved(page);
  await expect(page.getByTestId('desk-status')).toHaveText(/^Offline: [1-9]\d* changes? waiting$/);
  await page.screenshot({ path: 'screenshots/desk-offline-status.png' });
  desk = await startInProcessDesk(new URL(url).port, join(dir, 'desk.sqlite'));
  await expect(page.getByTestId('desk-status')).toHaveText('Desk: connected', { timeout: 15_000 });
  const other = await openDocument(openSocket(desk.url), `article:${id}`, bo);
  opened.push(other);
  await whenDoc(other.doc, () => other.doc.getText(fieldRoot('headline')).toString() === 'Budget passes at last');
  other.close();
  opened.pop();
  await desk.stop();
  await cleanup();
  desk = await startInProcessDesk();
});

test('a library pointed at another desk shares nothing there until asked', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Council votes', body: ['The vote was close.'] });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  await connect(page, await desk.user('Ada Lovelace', 'chief'));
  await page.getByTestId('desk-share-bar').getByRole('button', { name: 'Share to desk' }).click();
  await expect(page.getByTestId('shared-marker')).toHaveCount(1);

  const sport = await startInProcessDesk();
  try {
    const token = await sport.user('Ada Lovelace', 'chief');
    await page.keyboard.press('Control+,');
    const section = page.getByRole('dialog', { name: 'Settings' }).getByTestId('desk-settings');
    await section.getByLabel('Desk address').fill(sport.url);
    await section.getByLabel('Your token').fill(token);
    await section.getByRole('button', { name: 'Save desk' }).click();
    const offer = section.getByTestId('desk-elsewhere');
    await expect(offer).toContainText(`1 article was shared with another desk (${desk.url}) and not with this one.`);
    await expect(page.getByTestId('shared-marker')).toHaveCount(0);
    await section.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'screenshots/desk-elsewhere.png' });
    const story = await openDocument(openSocket(sport.url), `article:${id}`, token);
    opened.push(story);
    expect(story.doc.getText(fieldRoot('headline')).toString()).toBe('');

    await offer.getByRole('button', { name: 'Share them here' }).click();
    await expect(offer).toHaveCount(0);
    await expect(page.getByTestId('shared-marker')).toHaveCount(1);
    await whenDoc(story.doc, () => story.doc.getText(fieldRoot('headline')).toString() === 'Council votes');
  } finally {
    for (const doc of opened.splice(0)) doc.close();
    await sport.stop();
  }
});

async function connect(page: import('@playwright/test').Page, token: string, { shareAll = false } = {}): Promise<void> {
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const section = dialog.getByTestId('desk-settings');
  await section.getByLabel('Desk address').fill(desk.url);
  await section.getByLabel('Desk name').fill('City desk');
  await section.getByLabel('Your token').fill(token);
  await section.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByTestId('desk-status')).toHaveText('Desk: connected');
  await section.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'screenshots/desk-settings.png' });
  if (shareAll) {
    await section.getByRole('button', { name: 'Share every article' }).click();
    await expect(section.getByTestId('desk-message')).toHaveText(/^Sharing \d+ articles?:/);
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('body-editor')).toBeVisible();
}
