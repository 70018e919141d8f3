/**
 * The desk with the app itself as its clients (part of `npm run test:desk`; needs `npm run build`):
 * Redis, two desk servers joined through it, two browser-host Copydesks (the real renderer and backend)
 * and the CLI. A shares a story from its editor; B opens it from its library. Both desk servers go down;
 * A and B edit the same paragraph and different fields of the open story, offline; the servers come
 * back; both editors must show the merged story with no reload, and the CLI's copy must equal it. Then a
 * field set from the CLI must appear in both open editors. Prints
 * `desk browser test: 2 browser hosts + CLI, 2 servers, N edits, 0 lost, converged` or exits non-zero.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowserHost } from '../hosts/browser/browserHost';
import { bodyPlainText } from '../core/text/bodyText';
import { runCli as runCliHere } from '../cli/main';
import { ArticleStore } from '../backend/store/articleStore';
import { freePort, startDesk, startRedis, stopProcess } from '../testing/desk/deskCluster';

type Host = Awaited<ReturnType<typeof launchBrowserHost>>;

const work = await mkdtemp(join(tmpdir(), 'copydesk-desk-browser-'));
const db = `sqlite:${join(work, 'desk.sqlite')}`;
const children: ChildProcess[] = [];
const hosts: Host[] = [];
const started = Date.now();
const WAIT = 60_000;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`desk browser test failed: ${message}`);
}

async function cli(args: string[]): Promise<string> {
  let out = '';
  const code = await runCliHere(args, { out: (l) => (out += `${l}\n`), err: (l) => (out += `${l}\n`) });
  check(code === 0, `copydesk ${args.join(' ')} exited ${code}:\n${out}`);
  return out;
}

/** Resolves when `read` returns `want` (re-read on every animation frame in the page), or fails naming both. */
async function until(page: Page, what: string, read: () => Promise<string>, want: string): Promise<void> {
  const deadline = Date.now() + WAIT;
  let last = '';
  while ((last = await read()) !== want) {
    check(Date.now() < deadline, `${what}: expected "${want}", still "${last}"`);
    await page.waitForTimeout(100);
  }
}

const status = (page: Page) => page.getByTestId('desk-status').innerText();
const body = (page: Page) => page.getByTestId('body-editor').innerText();
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

async function connect(host: Host, url: string, token: string): Promise<void> {
  const saved = await host.backend.invoke('saveDeskSettings', { url, name: 'Test desk', allowInsecure: false, token });
  check(saved.ok, `save desk settings: ${JSON.stringify(saved)}`);
  const result = await host.backend.invoke('connectDesk', {});
  check(result.ok, `connect: ${JSON.stringify(result)}`);
  await until(host.page, 'the status bar', () => status(host.page), 'Desk: connected');
}

try {
  const [redisPort, port1, port2] = [await freePort(), await freePort(), await freePort()];
  children.push(await startRedis(redisPort));
  const token = async (name: string, role: string) =>
    (await cli(['desk', 'user', 'add', name, '--role', role, '--db', db])).split('\n').find((l) => l.startsWith('cdk_'))!;
  const [ada, bo, cy] = [await token('Ada', 'chief'), await token('Bo', 'editor'), await token('Cy', 'editor')];
  let servers = [await startDesk(port1, db, redisPort, 'one'), await startDesk(port2, db, redisPort, 'two')];
  children.push(...servers);
  const [url1, url2] = [`ws://127.0.0.1:${port1}`, `ws://127.0.0.1:${port2}`];

  const a = await launchBrowserHost({ dataDir: join(work, 'A') });
  hosts.push(a);
  const b = await launchBrowserHost({ dataDir: join(work, 'B') });
  hosts.push(b);
  await connect(a, url1, ada);
  await connect(b, url2, bo);

  // A writes a story and shares it from its editor; B, on the other server, opens it from its library.
  await a.page.getByRole('button', { name: 'New article' }).first().click();
  await a.page.getByLabel('Headline', { exact: true }).fill('Flood defences hold');
  await a.page.getByTestId('body-editor').click();
  await a.page.keyboard.insertText('The river rose overnight.');
  await until(a.page, "A's save", () => a.page.getByTestId('save-state').innerText(), 'Saved');
  await a.page.getByRole('button', { name: 'Share to desk' }).click();
  await until(a.page, "A's shared marker", async () => String(await a.page.getByTestId('shared-marker').count()), '1');
  const id = (await a.page.locator('[data-testid="article-item"].selected').getAttribute('data-id'))!;
  const item = b.page.locator(`[data-testid="article-item"][data-id="${id}"] .article-open`);
  await item.waitFor({ timeout: WAIT });
  await item.click();
  await until(b.page, "B's editor", () => body(b.page), 'The river rose overnight.');

  // Both desk servers go down; A and B edit the open story offline: the same paragraph, other fields.
  for (const server of servers) await stopProcess(server, 'SIGKILL');
  for (const host of [a, b])
    await until(host.page, 'offline', async () => (await status(host.page)).replace(/\d+/, 'N'), 'Offline: N changes waiting');
  await a.page.getByTestId('body-editor').click();
  await a.page.keyboard.press('Control+Home');
  await a.page.keyboard.insertText('At dawn, ');
  await a.page.getByLabel('Headline', { exact: true }).press('End');
  await a.page.keyboard.insertText(' again');
  await b.page.getByTestId('body-editor').click();
  await b.page.keyboard.press('Control+End');
  await b.page.keyboard.insertText(' Staff worked until dawn.');
  await b.page.getByLabel('Standfirst', { exact: true }).fill('Residents relieved');
  const edits = 4;
  for (const host of [a, b]) {
    await until(host.page, 'saved offline', () => host.page.getByTestId('save-state').innerText(), 'Saved');
    check(!/^Offline: 0 /.test(await status(host.page)), `changes are counted while offline (${await status(host.page)})`);
  }
  // The merge is not there yet: each editor has only its own edits.
  check((await body(a.page)) === 'At dawn, The river rose overnight.', `A offline: ${await body(a.page)}`);

  // The servers come back; both open editors merge with no reload.
  servers = [await startDesk(port1, db, redisPort, 'one'), await startDesk(port2, db, redisPort, 'two')];
  children.push(...servers);
  const merged = 'At dawn, The river rose overnight. Staff worked until dawn.';
  for (const host of [a, b]) {
    await until(host.page, 'the merged body', () => body(host.page), merged);
    await until(host.page, 'the merged headline', () => field(host.page, 'Headline'), 'Flood defences hold again');
    await until(host.page, 'the merged standfirst', () => field(host.page, 'Standfirst'), 'Residents relieved');
    await until(host.page, 'reconnected', () => status(host.page), 'Desk: connected');
  }

  // The CLI, a third client, gets the same story; a field it sets reaches both open editors live.
  const cDir = join(work, 'C');
  await cli(['sync', '--desk', url2, '--token', cy, '--data', cDir]);
  const store = await ArticleStore.open(cDir);
  const copy = await store.get(id);
  await store.close();
  check(bodyPlainText(copy.body) === merged && copy.headline === 'Flood defences hold again', `the CLI's copy: ${JSON.stringify(copy)}`);
  await cli(['set', id, 'dateline=LONDON', '--data', cDir]);
  await cli(['sync', '--desk', url1, '--token', cy, '--data', cDir]);
  for (const host of [a, b]) await until(host.page, "the CLI's dateline", () => field(host.page, 'Dateline'), 'LONDON');
  // And the files behind both editors are the same projection.
  const files = await Promise.all([a, b].map((host) => host.backend.store.get(id)));
  const same = (x: (typeof files)[0]) => JSON.stringify({ ...x, updatedAt: '', slug: '' });
  check(same(files[0]!) === same(files[1]!), `the two libraries differ:\n${same(files[0]!)}\n${same(files[1]!)}`);
  console.log(
    `desk browser test: 2 browser hosts + CLI, 2 servers, ${edits + 1} edits, 0 lost, converged (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  for (const host of hosts) await host.close().catch(() => undefined);
  for (const child of children) await stopProcess(child);
  if (!process.argv.includes('--keep')) await rm(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
