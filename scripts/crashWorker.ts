/**
 * The process the crash test kills: opens the library and saves as fast as it can (new articles, edits,
 * status changes, named versions, restores), logging each save to an append-only, fsynced log: the
 * content it is about to save ("inflight"), then what the store acknowledged ("ack"). After a SIGKILL
 * the parent holds the files to that log. Run by scripts/crashTest.ts, not by hand.
 */
import { createHash, randomUUID } from 'node:crypto';
import { fsyncSync, openSync, writeSync } from 'node:fs';
import { paragraph, type BodyNode } from '../core/article/bodySchema';
import { ARTICLE_STATUSES, newArticle, type Article } from '../core/article/schema';
import { slugify } from '../core/article/slug';
import { restoredContent } from '../core/history/revisionRules';
import { ArticleStore } from '../backend/store/articleStore';

export const LIBRARY_CAP = 200;

export type LogRecord = { t: 'inflight'; id: string; hash: string } | { t: 'ack'; id: string; hash: string; updatedAt: string };

/** The saved content, without the timestamps the store assigns (unknown while a save is in flight). */
export function contentHash(article: Article): string {
  const { createdAt: _c, updatedAt: _u, ...content } = article;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** mulberry32: small, seedable, good enough to vary sizes and choices reproducibly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the council said on tuesday that its budget would keep libraries open while police reported minister agreed reporters editor market prices rose fell sharply according to officials statement weekend flooding residents town'.split(' ');

function makeBody(random: () => number): { type: 'doc'; content: BodyNode[] } {
  const target = 1024 + Math.floor(random() * 49 * 1024);
  const content: BodyNode[] = [];
  let size = 0;
  while (size < target) {
    const words = Array.from({ length: 30 + Math.floor(random() * 120) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    const text = words.join(' ');
    content.push(paragraph(text.charAt(0).toUpperCase() + text.slice(1) + '.'));
    size += text.length + 40;
  }
  return { type: 'doc', content };
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1] ?? '';
  const random = rng(Number(arg('--seed')) || Date.now());
  const log = openSync(arg('--log'), 'a');
  const record = (r: LogRecord) => {
    writeSync(log, `${JSON.stringify(r)}\n`);
    fsyncSync(log);
  };
  let nextId = '';
  const store = await ArticleStore.open(arg('--data'), {
    lock: 'app',
    newId: () => nextId,
    // Revisions on most saves, and a retention squeezed into seconds, so revision writes and pruning
    // are as likely as article writes to be cut by the kill.
    revisionIntervalMs: 50,
    retention: { keepAllDays: 2 / 86_400, dailyForDays: 10 / 86_400, weeklyForDays: 20 / 86_400, keepLabelled: true, keepReasons: ['migration'], utcOffsetMinutes: 0 },
  });
  process.stdout.write('ready\n');
  const ids = store.list().map((e) => e.id);
  const pick = () => ids[Math.floor(random() * ids.length)]!;
  for (;;) {
    // Mostly new articles while the library is small, then mostly edits as it nears the cap.
    const createOdds = ids.length < 10 ? 0.6 : Math.max(0, 0.3 * (1 - ids.length / LIBRARY_CAP));
    const roll = random();
    if (roll < createOdds || ids.length === 0) {
      nextId = randomUUID();
      const fields = { headline: `Story ${nextId.slice(0, 8)}`, section: 'NEWS', body: makeBody(random) };
      const expected = { ...newArticle(nextId, new Date(0), fields), slug: slugify(fields.headline) };
      record({ t: 'inflight', id: nextId, hash: contentHash(expected) });
      const article = await store.create(fields, random() < 0.2 ? { revision: 'import' } : {});
      record({ t: 'ack', id: article.id, hash: contentHash(article), updatedAt: article.updatedAt });
      ids.push(article.id);
      continue;
    }
    const id = pick();
    const current = await store.get(id);
    let next: Article;
    let save: () => Promise<{ article: Article }>;
    if (roll > 0.98) {
      await store.saveVersion(id, `Version ${Math.floor(random() * 1000)}`);
      continue;
    } else if (roll > 0.95) {
      const revisions = await store.listRevisions(id);
      if (revisions.length === 0) continue;
      const revisionId = revisions[Math.floor(random() * revisions.length)]!.revisionId;
      next = restoredContent(current, await store.getRevision(id, revisionId));
      save = () => store.restoreRevision(id, revisionId);
    } else if (roll > 0.88) {
      next = { ...current, status: ARTICLE_STATUSES[Math.floor(random() * ARTICLE_STATUSES.length)]! };
      save = () => store.save(next);
    } else {
      next = { ...current, body: makeBody(random), standfirst: `Edit ${Math.floor(random() * 1e6)}` };
      save = () => store.save(next);
    }
    record({ t: 'inflight', id, hash: contentHash(next) });
    const { article } = await save();
    record({ t: 'ack', id, hash: contentHash(article), updatedAt: article.updatedAt });
  }
}

if (/crashWorker\.(ts|mjs|js)$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
