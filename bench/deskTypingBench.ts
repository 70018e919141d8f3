/**
 * Typing in a shared article (issue 18: within 1.2× of a local one), in Chromium through the browser
 * host: two Copydesks, the same 2,000-word article open in each, one bound to a desk (every keystroke a
 * Yjs update through y-prosemirror and a call to main, which logs it durably) and one with no desk. The
 * same text is typed into both in alternating chunks, so both see the same machine; keydown to paint.
 */
import { join } from 'node:path';
import { launchBrowserHost } from '../hosts/browser/browserHost';
import { makeTempDataDir } from '../testing/tempDataDir';
import { startInProcessDesk } from '../testing/desk/inProcessDesk';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import type { Row } from './row';
import { bodyPlainText } from '../core/text/bodyText';
import { median, p95 } from './stats';
import { prepare, readProbe, typeChunk } from './renderer';

/** 400 keys each: a p95 of 200 is its 10th-worst key, too few to judge a 20% margin by. */
const KEYSTROKES = 400;
const CHUNK = 40;
const BODY = '[data-testid="body-editor"][contenteditable="true"]';

export async function deskTypingRows(): Promise<Row[]> {
  const { dir, cleanup } = await makeTempDataDir('copydesk-bench-desk-typing-');
  const desk = await startInProcessDesk();
  const hosts: Array<Awaited<ReturnType<typeof launchBrowserHost>>> = [];
  try {
    const body = generateBody(new Rng(2_000), 2_000);
    for (const name of ['shared', 'local']) {
      const host = await launchBrowserHost({ dataDir: join(dir, name) });
      hosts.push(host);
      const article = await host.backend.store.create({ headline: `Bench: typing, ${name}`, body });
      if (name === 'shared') {
        await host.backend.invoke('saveDeskSettings', { url: desk.url, name: '', allowInsecure: false, token: await desk.user('bench') });
        await host.backend.invoke('connectDesk', {});
        await host.page.getByTestId('desk-status').filter({ hasText: 'Desk: connected' }).waitFor({ timeout: 60_000 });
        await host.backend.invoke('deskShare', { ids: [article.id] });
        await host.page.getByTestId('shared-marker').waitFor({ timeout: 60_000 });
      }
      await host.page.locator(`[data-testid="article-item"][data-id="${article.id}"] .article-open`).click();
      await host.page.locator(BODY).waitFor();
    }
    const [shared, local] = hosts.map((h) => h.page);
    await prepare(shared!, BODY);
    await prepare(local!, BODY);
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(10).slice(0, KEYSTROKES);
    for (let at = 0; at < text.length; at += CHUNK) {
      const chunk = text.slice(at, at + CHUNK);
      for (const page of (at / CHUNK) % 2 === 0 ? [local!, shared!] : [shared!, local!]) await typeChunk(page, chunk);
    }
    const [typedShared, typedLocal] = [await readProbe(shared!), await readProbe(local!)];
    // Every keystroke reached main (and, shared, its log): the row measures the binding, not one that dropped work.
    for (const page of [shared!, local!])
      await page
        .getByTestId('save-state')
        .filter({ hasText: /^Saved$/ })
        .waitFor({ timeout: 60_000 });
    // "Saved" is the log; the article file follows (a shared article's is projected every few hundred ms).
    const storedTexts = () =>
      Promise.all(
        hosts.map(async (h) => {
          const store = h.backend.store;
          return bodyPlainText((await store.get(store.list('live')[0]!.id)).body);
        }),
      );
    let texts = await storedTexts();
    for (const deadline = Date.now() + 10_000; texts[0] !== texts[1] && Date.now() < deadline; texts = await storedTexts())
      await new Promise((r) => setTimeout(r, 100));
    const same = texts[0] === texts[1] && texts[0]!.includes(text.trim().slice(0, 30));
    return [
      {
        name: `keystroke to paint in a shared article, p95 of ${KEYSTROKES} keys, 2,000 words`,
        value: same ? p95(typedShared.latencies) : NaN,
        unit: 'ms',
        baseline: { name: 'the same article with no desk, p95', value: p95(typedLocal.latencies) },
        target: { maxRatio: 1.2 },
        note: `median ${median(typedShared.latencies).toFixed(1)} vs ${median(typedLocal.latencies).toFixed(1)} ms; longest task ${typedShared.longest.toFixed(0)} vs ${typedLocal.longest.toFixed(0)} ms; ${same ? 'both files hold every key' : 'THE FILES DIFFER'}`,
      },
    ];
  } finally {
    for (const host of hosts) await host.close();
    await desk.stop();
    await cleanup();
  }
}
