import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deskAddressProblem } from './deskConfig';
import { UpdateLog } from './updateLog';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-ylog-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const edit = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('the durable update log', () => {
  it('keeps local updates and counts those the desk has not confirmed', async () => {
    const { log } = await UpdateLog.open(dir, 'article:x');
    await log.appendLocal(edit('a'));
    await log.appendLocal(edit('b'));
    const reopened = await UpdateLog.open(dir, 'article:x');
    expect(reopened.log.waiting).toBe(2);
    await reopened.log.confirm();
    const again = await UpdateLog.open(dir, 'article:x');
    expect(again.log.waiting).toBe(0);
    expect(again.doc.getText('t').toString()).toHaveLength(2);
  });

  it('drops a torn last record and keeps appending after the good ones', async () => {
    const { log } = await UpdateLog.open(dir, 'article:x');
    await log.appendLocal(edit('kept'));
    await appendFile(log.path, Buffer.from([200, 0, 0, 0, 1, 9, 9])); // a kill mid-append
    const reopened = await UpdateLog.open(dir, 'article:x');
    expect(reopened.doc.getText('t').toString()).toBe('kept');
    await reopened.log.appendLocal(edit('more'));
    const last = await UpdateLog.open(dir, 'article:x');
    expect(last.doc.getText('t').toString()).toContain('more');
    expect(last.log.waiting).toBe(2);
  });

  it('compacts to one record once everything is confirmed, and not before', async () => {
    const { log, doc } = await UpdateLog.open(dir, 'article:x');
    for (let i = 0; i < 5; i++) {
      const update = edit(String(i));
      Y.applyUpdate(doc, update);
      await log.appendLocal(update);
    }
    expect(await log.compact(doc, 2)).toBe(false);
    await log.confirm();
    const size = (await readFile(log.path)).length;
    expect(await log.compact(doc, 2)).toBe(true);
    expect((await readFile(log.path)).length).toBeLessThan(size);
    expect((await UpdateLog.open(dir, 'article:x')).doc.getText('t').toString()).toHaveLength(5);
  });
});

describe('desk addresses', () => {
  it('refuses ws:// to another machine unless the user opts in', () => {
    expect(deskAddressProblem('wss://desk.example.org')).toBeNull();
    expect(deskAddressProblem('ws://127.0.0.1:1234')).toBeNull();
    expect(deskAddressProblem('ws://localhost:1234')).toBeNull();
    expect(deskAddressProblem('ws://desk.example.org')).toMatch(/not encrypted/);
    expect(deskAddressProblem('ws://desk.example.org', true)).toBeNull();
    expect(deskAddressProblem('http://desk.example.org')).toMatch(/starts with wss/);
    expect(deskAddressProblem('desk')).toMatch(/not an address/);
  });
});
