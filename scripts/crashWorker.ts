/**
 * The process the crash test kills: opens the library and works on it as fast as it can (new articles,
 * edits, status changes, named versions, history restores, moves to the trash and back), logging each
 * operation to an append-only, fsynced log: what it is about to do ("inflight"), then what the store
 * acknowledged ("ack"). After a SIGKILL the parent holds the files to that log (scripts/crashVerify.ts).
 * Run by scripts/crashTest.ts, not by hand.
 */
import { createHash, randomUUID } from 'node:crypto';
import { fsyncSync, openSync, writeSync } from 'node:fs';
import { paragraph, type BodyNode } from '../core/article/bodySchema';
import { ARTICLE_STATUSES, newArticle, type Article } from '../core/article/schema';
import { slugify } from '../core/article/slug';
import { restoredContent } from '../core/history/revisionRules';
import { ArticleStore } from '../backend/store/articleStore';

export const LIBRARY_CAP = 200;

/** Operations that write an article's content; their records carry its hash. */
export type SaveOp = 'create' | 'edit' | 'status' | 'history-restore';
export type MoveOp = 'trash' | 'restore';
export type Op = SaveOp | MoveOp | 'version';

export type LogRecord =
  | { t: 'inflight'; op: SaveOp; id: string; hash: string }
  | { t: 'ack'; op: SaveOp; id: string; hash: string; updatedAt: string }
  | { t: 'inflight' | 'ack'; op: MoveOp; id: string }
  | { t: 'inflight'; op: 'version'; id: string; label: string }
  | { t: 'ack'; op: 'version'; id: string; label: string; revisionId: string };

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

const WORDS =
  'the council said on tuesday that its budget would keep libraries open while police reported minister agreed reporters editor market prices rose fell sharply according to officials statement weekend flooding residents town'.split(
    ' ',
  );

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
    retention: {
      keepAllDays: 2 / 86_400,
      dailyForDays: 10 / 86_400,
      weeklyForDays: 20 / 86_400,
      keepLabelled: true,
      keepReasons: ['migration'],
      utcOffsetMinutes: 0,
    },
  });
  process.stdout.write('ready\n');
  const live = store.list('live').map((e) => e.id);
  const trashed = store.list('trash').map((e) => e.id);
  const pick = (ids: string[]) => ids[Math.floor(random() * ids.length)]!;
  const move = (from: string[], to: string[], id: string) => {
    from.splice(from.indexOf(id), 1);
    to.push(id);
  };
  for (;;) {
    // Mostly new articles while the library is small, then mostly edits as it nears the cap.
    const createOdds = live.length < 10 ? 0.6 : Math.max(0, 0.3 * (1 - live.length / LIBRARY_CAP));
    const roll = random();
    if (roll < createOdds || live.length === 0) {
      nextId = randomUUID();
      const fields = { headline: `Story ${nextId.slice(0, 8)}`, section: 'NEWS', body: makeBody(random) };
      const expected = { ...newArticle(nextId, new Date(0), fields), slug: slugify(fields.headline) };
      record({ t: 'inflight', op: 'create', id: nextId, hash: contentHash(expected) });
      const article = await store.create(fields, random() < 0.2 ? { revision: 'import' } : {});
      record({ t: 'ack', op: 'create', id: article.id, hash: contentHash(article), updatedAt: article.updatedAt });
      live.push(article.id);
      continue;
    }
    // The rarer operations each get a few percent of the rest, so every one is cut by some kills.
    if (roll > 0.96) {
      const id = pick(live);
      const label = `Version ${Math.floor(random() * 1000)}`;
      record({ t: 'inflight', op: 'version', id, label });
      const meta = await store.saveVersion(id, label);
      record({ t: 'ack', op: 'version', id, label, revisionId: meta.revisionId });
      continue;
    }
    if (roll > 0.93 && live.length > 5) {
      const id = pick(live);
      record({ t: 'inflight', op: 'trash', id });
      await store.trash(id);
      record({ t: 'ack', op: 'trash', id });
      move(live, trashed, id);
      continue;
    }
    if (roll > 0.9 && trashed.length > 0) {
      const id = pick(trashed);
      record({ t: 'inflight', op: 'restore', id });
      await store.restore(id);
      record({ t: 'ack', op: 'restore', id });
      move(trashed, live, id);
      continue;
    }
    const id = pick(live);
    const current = await store.get(id);
    let next: Article;
    let op: SaveOp;
    let save: () => Promise<{ article: Article }>;
    if (roll > 0.86) {
      const revisions = await store.listRevisions(id);
      if (revisions.length === 0) continue;
      const revisionId = revisions[Math.floor(random() * revisions.length)]!.revisionId;
      next = restoredContent(current, await store.getRevision(id, revisionId));
      op = 'history-restore';
      save = () => store.restoreRevision(id, revisionId);
    } else if (roll > 0.8) {
      next = { ...current, status: ARTICLE_STATUSES[Math.floor(random() * ARTICLE_STATUSES.length)]! };
      op = 'status';
      save = () => store.save(next);
    } else {
      next = { ...current, body: makeBody(random), standfirst: `Edit ${Math.floor(random() * 1e6)}` };
      op = 'edit';
      save = () => store.save(next);
    }
    record({ t: 'inflight', op, id, hash: contentHash(next) });
    const { article } = await save();
    record({ t: 'ack', op, id, hash: contentHash(article), updatedAt: article.updatedAt });
  }
}

if (/crashWorker\.(ts|mjs|js)$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
