import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBin, startPostgres } from '../../testing/desk/postgresCluster';
import type { DeskStore } from './deskStore';
import { openDeskStore } from './openDeskStore';

/** The same behaviour from both stores: SQLite always, PostgreSQL where Debian's postgresql is installed. */
const bin = await postgresBin();
let postgres: { url: string; stop(): Promise<void> } | null = null;

beforeAll(async () => {
  if (bin) postgres = await startPostgres(bin);
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

const kinds: Array<[string, () => Promise<DeskStore>]> = [
  ['sqlite', () => openDeskStore('sqlite::memory:')],
  ['postgres', () => openDeskStore(postgres!.url)],
];

describe.each(kinds)('%s desk store', (kind, open) => {
  it.skipIf(kind === 'postgres' && !bin)('keeps documents, snapshots and users', async () => {
    const store = await open();
    try {
      await store.storeDocument('article:a', new Uint8Array([1, 2, 3]));
      await store.storeDocument('article:a', new Uint8Array([4, 5]));
      expect(await store.loadDocument('article:a')).toEqual(new Uint8Array([4, 5]));
      expect(await store.loadDocument('article:none')).toBeNull();
      expect(await store.listDocuments()).toContain('article:a');
      await store.addSnapshot('article:a', new Uint8Array([9]), 'draft', 'One');
      await store.addSnapshot('article:a', new Uint8Array([8, 8]), 'ready', 'Two');
      const [first, second] = await store.listSnapshots('article:a');
      expect(second).toMatchObject({ status: 'ready', headline: 'Two', bytes: 2 });
      expect((await store.lastSnapshot('article:a'))?.id).toBe(second!.id);
      expect((await store.loadSnapshot(first!.id))?.state).toEqual(new Uint8Array([9]));
      const name = `ada-${Date.now()}`;
      await store.addUser({ name, role: 'editor', readOnly: true, createdAt: '2026-11-29T10:00:00.000Z' }, `hash-${name}`);
      expect(await store.userByTokenHash(`hash-${name}`)).toEqual({
        name,
        role: 'editor',
        readOnly: true,
        createdAt: '2026-11-29T10:00:00.000Z',
      });
      expect(await store.removeUser(name)).toBe(true);
      expect(await store.userByTokenHash(`hash-${name}`)).toBeNull();
      expect(await store.removeUser(name)).toBe(false);
    } finally {
      await store.close();
    }
  });
});
