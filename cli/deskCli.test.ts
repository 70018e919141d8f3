import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { runCli } from './main';
import { makeTempDataDir } from '../testing/tempDataDir';
import { SqliteDeskStore } from '../desk/store/sqliteStore';
import { hashToken } from '../desk/tokens';

const SEED = resolve(import.meta.dirname, '../testing/fixtures/seed/putin-maduro.txt');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-desk-cli-')));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk desk user', () => {
  it('prints a token once, stores only its hash, lists and removes users', async () => {
    const db = `sqlite:${join(dir, 'desk.sqlite')}`;
    const added = await cli('desk', 'user', 'add', 'Ada Lovelace', '--role', 'chief', '--db', db);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    const store = new SqliteDeskStore(join(dir, 'desk.sqlite'));
    expect(await store.userByTokenHash(hashToken(added.out))).toMatchObject({ name: 'Ada Lovelace', role: 'chief' });
    await store.close();
    expect((await cli('desk', 'user', 'add', 'Ada Lovelace', '--role', 'editor', '--db', db)).err).toMatch(/already a desk user/);
    expect((await cli('desk', 'user', 'add', 'Bo', '--role', 'boss', '--db', db)).code).toBe(2);
    expect((await cli('desk', 'user', 'list', '--db', db)).out).toMatch(/^Ada Lovelace\tchief/);
    expect((await cli('desk', 'user', 'remove', 'Ada Lovelace', '--db', db)).code).toBe(0);
    expect((await cli('desk', 'user', 'remove', 'Ada Lovelace', '--db', db)).err).toMatch(/no desk user/);
  });

  it('refuses a database address it does not know', async () => {
    expect((await cli('desk', 'user', 'list', '--db', 'mysql://x')).err).toMatch(/only sqlite:FILE and postgres/);
  });
});

describe('copydesk set', () => {
  it('edits fields and paragraphs through the store, and says what is wrong with a bad assignment', async () => {
    const data = ['--data', join(dir, 'lib')];
    const id = JSON.parse((await cli('import', SEED, ...data, '--json')).out).id as string;
    expect((await cli('set', id, 'headline=New headline', 'status=editing', 'paragraph.1=First.', 'tags=a, b', ...data)).code).toBe(0);
    const article = JSON.parse((await cli('show', id, ...data, '--json')).out);
    expect(article).toMatchObject({ headline: 'New headline', status: 'editing', tags: ['a', 'b'] });
    expect(article.body.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'First.' }] });
    expect((await cli('set', id, 'colour=red', ...data)).err).toMatch(/Unknown field "colour"/);
    expect((await cli('set', id, 'status=gone', ...data)).err).toMatch(/status must be one of/);
    expect((await cli('set', id, 'paragraph.99=x', ...data)).err).toMatch(/the body has \d+ blocks/);
    expect((await cli('set', id, `headline=${'x'.repeat(500)}`, ...data)).err).toMatch(/not valid: headline/);
  });

  it('needs --desk and --token to sync, or a desk in the settings', async () => {
    expect((await cli('sync', '--data', join(dir, 'lib'))).err).toMatch(/needs --desk URL and --token/);
    expect((await cli('sync', '--desk', 'ws://desk.example.org', '--token', 'x', '--data', join(dir, 'lib'))).err).toMatch(/not encrypted/);
  });
});
