/**
 * What the renderer runs while typing in the 20,000-word article, with the bench's typing pattern (chunks
 * of keys 15 ms apart, then a pause long enough for every debounce: stats, checks, autosave).
 *
 *   npx tsx bench/profileTyping.ts [--checks off] [--keys 150] [--long 30] [--trace | --heap] [--bare] [--save FILE]
 *
 * Default: a CPU profile (Chrome DevTools protocol) cut into main-thread tasks, printing each long task
 * with the functions that filled it (build once with `minify: false` to read the names). --trace records
 * a performance trace instead: rendering steps by name, and each task's thread time (CPU), which the
 * machine's load does not inflate the way it inflates wall time. --bare types into a bare contenteditable
 * holding the same HTML, the keystroke row's baseline. --heap samples what is allocated while typing, by
 * function (the long tasks while typing are mostly major collections). Needs `npm run build`.
 */
import type { CDPSession, Page } from '@playwright/test';
import { APP_URL, launchBrowserHost } from '../hosts/browser/browserHost';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { makeTempDataDir } from '../testing/tempDataDir';
import { summariseTasks, type CpuProfile } from './profileTasks';
import { cpuSummary, summariseTrace, type TraceEvent } from './traceTasks';

const EDITOR = '[data-testid="body-editor"][contenteditable="true"]';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

async function save(data: unknown): Promise<void> {
  const file = option('save', '');
  if (file) await import('node:fs/promises').then((fs) => fs.writeFile(file, JSON.stringify(data)));
}

async function typeLikeTheBench(page: Page, keys: number): Promise<void> {
  const text = 'the quick brown fox jumps over the lazy dog '.repeat(10).slice(0, keys);
  for (let at = 0; at < text.length; at += 50) {
    for (const ch of text.slice(at, at + 50)) await page.keyboard.type(ch).then(() => page.waitForTimeout(15));
    await page.waitForTimeout(1500);
  }
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const complete = new Promise<void>((done) => cdp.on('Tracing.tracingComplete', () => done()));
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,blink',
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  return ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated while `run` types, by the function that allocated them (sampled; collected objects counted). */
async function allocations(cdp: CDPSession, run: () => Promise<void>): Promise<HeapNode> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 8192,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await run();
  return ((await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } }).profile.head;
}

function summariseAllocations(head: HeapNode, keys: number, top = 25): string[] {
  const bySelf = new Map<string, number>();
  const nameOf = (node: HeapNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  };
  // A built-in (Map.set, Array.push: no script) is named with its caller, which is what can change.
  const walk = (node: HeapNode, caller: string) => {
    const name = node.callFrame.url ? nameOf(node) : `${nameOf(node)} ← ${caller}`;
    bySelf.set(name, (bySelf.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, node.callFrame.url ? nameOf(node) : caller);
  };
  walk(head, '');
  const total = [...bySelf.values()].reduce((a, b) => a + b, 0);
  return [
    `allocated ${(total / 1e6).toFixed(1)} MB over ${keys} keys (${(total / keys / 1e3).toFixed(0)} kB a key); by function:`,
    ...[...bySelf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, bytes]) => `${(bytes / 1e6).toFixed(2).padStart(8)} MB  ${name}`),
  ];
}

async function main(): Promise<void> {
  const keys = Number(option('keys', '150'));
  const longMs = Number(option('long', '30'));
  const checksOn = option('checks', 'on') !== 'off';
  const { dir, cleanup } = await makeTempDataDir('copydesk-profile-typing-');
  const session = await launchBrowserHost({ dataDir: dir });
  try {
    const { page: app, backend } = session;
    const article = await backend.store.create({ headline: 'Profile: typing, 20,000 words', body: generateBody(new Rng(20_000), 20_000) });
    await app.evaluate(
      (id) => (window as unknown as { copydesk: { openedArticle(i: unknown): Promise<unknown> } }).copydesk.openedArticle({ id }),
      article.id,
    );
    await app.goto(APP_URL);
    await app.locator(EDITOR).waitFor({ timeout: 60_000 });
    if (!checksOn) await app.getByTestId('checks-panel').getByLabel('On').click();
    await app.waitForTimeout(checksOn ? 15_000 : 3_000);
    let page = app;
    let target = EDITOR;
    if (process.argv.includes('--bare')) {
      const html = await app.locator(EDITOR).innerHTML();
      page = await app.context().newPage();
      await page.setContent(`<!doctype html><html><body><div id="bare" contenteditable="true">${html}</div></body></html>`);
      target = '#bare';
    }
    await page.locator(target).first().click();
    const cdp = await page.context().newCDPSession(page);
    const run = () => typeLikeTheBench(page, keys);
    console.log(
      `${target === EDITOR ? 'app' : 'bare'}, checks ${checksOn ? 'on' : 'off'}, ${keys} keys, load ${(await loadAverage()).toFixed(1)}`,
    );
    if (process.argv.includes('--heap')) {
      for (const line of summariseAllocations(await allocations(cdp, run), keys)) console.log(line);
    } else if (process.argv.includes('--trace')) {
      const events = await traced(cdp, run);
      await save(events);
      console.log(cpuSummary(events));
      for (const line of summariseTrace(events, longMs)) console.log(line);
    } else {
      const profile = await profiled(cdp, run);
      await save(profile);
      console.log(`tasks of ${longMs} ms or more:`);
      for (const line of summariseTasks(profile, longMs)) console.log(line);
    }
  } finally {
    await session.close();
    await cleanup();
  }
}

async function loadAverage(): Promise<number> {
  return (await import('node:os')).loadavg()[0]!;
}

void main();
