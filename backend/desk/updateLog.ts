import { mkdir, open, readFile, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { writeFileDurably } from '../store/durableWrite';

/**
 * The durable replica of one shared document: `<data>/desk/docs/<name>.ylog`, an append-only log of
 * Yjs updates. A record is [u32 length][u8 kind][update]; kind says whether the update was made here
 * (LOCAL), came from the desk (REMOTE), or marks that the desk has confirmed everything before it
 * (CONFIRMED). A local update is appended and fsynced before the edit is acknowledged, so a crash or a
 * kill never loses it; "N changes waiting" is the count of local records after the last confirmation.
 * A torn last record (a kill mid-append) is ignored at load: its edit had not been acknowledged.
 */
export const LOCAL = 1;
export const REMOTE = 0;
const CONFIRMED = 2;

export interface LoadedLog {
  doc: Y.Doc;
  /** Local updates the desk has not confirmed. */
  waiting: number;
  records: number;
  validBytes: number;
  torn: boolean;
}

const fileName = (name: string): string => `${name.replace(/[^a-z0-9-]/gi, '_')}.ylog`;

export class UpdateLog {
  private records = 0;
  private remoteBuffer: Uint8Array[] = [];

  private constructor(
    readonly path: string,
    public waiting: number,
  ) {}

  static async open(dir: string, name: string): Promise<{ log: UpdateLog; doc: Y.Doc }> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, fileName(name));
    const loaded = await loadLog(path);
    // Cut a torn tail off, or the next append would land behind bytes the loader stops at.
    if (loaded.torn) await truncate(path, loaded.validBytes);
    const log = new UpdateLog(path, loaded.waiting);
    log.records = loaded.records;
    return { log, doc: loaded.doc };
  }

  /** Appends and fsyncs a local update: call before telling the user the edit is saved. */
  async appendLocal(update: Uint8Array): Promise<void> {
    await this.append([[LOCAL, update]]);
    this.waiting += 1;
  }

  /** Remote updates are buffered: the desk holds them, so losing the buffer costs only a re-download. */
  bufferRemote(update: Uint8Array): void {
    this.remoteBuffer.push(update);
  }

  /** Writes buffered remote updates and a confirmation: every local update so far is on the desk. */
  async confirm(): Promise<void> {
    const remote = this.remoteBuffer.splice(0);
    const records: Array<[number, Uint8Array]> = remote.length > 0 ? [[REMOTE, Y.mergeUpdates(remote)]] : [];
    if (this.waiting === 0 && records.length === 0) return;
    records.push([CONFIRMED, new Uint8Array(0)]);
    await this.append(records);
    this.waiting = 0;
  }

  /** Rewrites the log as one record of the whole state, when nothing is waiting and it has grown. */
  async compact(doc: Y.Doc, minRecords = 64): Promise<boolean> {
    if (this.waiting > 0 || this.records < minRecords) return false;
    this.remoteBuffer = [];
    await writeFileDurably(this.path, encodeRecords([[REMOTE, Y.encodeStateAsUpdate(doc)]]));
    this.records = 1;
    return true;
  }

  /** Writes everything buffered (at close), confirmed or not. */
  async flush(): Promise<void> {
    const remote = this.remoteBuffer.splice(0);
    if (remote.length > 0) await this.append([[REMOTE, Y.mergeUpdates(remote)]]);
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }

  /**
   * Only local updates are fsynced: they exist nowhere else. Remote updates and confirmations can be
   * lost to a crash at no cost (the desk resends what is missing; a lost confirmation only makes
   * confirmed updates go again, which Yjs ignores), and a first sync of a library would otherwise pay
   * one fsync per article.
   */
  private async append(records: Array<[number, Uint8Array]>, durable = records.some(([kind]) => kind === LOCAL)): Promise<void> {
    const handle = await open(this.path, 'a');
    try {
      await handle.write(encodeRecords(records));
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    this.records += records.length;
  }
}

function encodeRecords(records: Array<[number, Uint8Array]>): Uint8Array {
  const size = records.reduce((n, [, u]) => n + 5 + u.byteLength, 0);
  const out = Buffer.alloc(size);
  let at = 0;
  for (const [kind, update] of records) {
    out.writeUInt32LE(update.byteLength, at);
    out.writeUInt8(kind, at + 4);
    out.set(update, at + 5);
    at += 5 + update.byteLength;
  }
  return out;
}

async function loadLog(path: string): Promise<LoadedLog> {
  const doc = new Y.Doc();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { doc, waiting: 0, records: 0, validBytes: 0, torn: false };
    throw error;
  }
  let at = 0;
  let waiting = 0;
  let records = 0;
  const updates: Uint8Array[] = [];
  while (at + 5 <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    const kind = bytes.readUInt8(at + 4);
    if (at + 5 + length > bytes.length) break; // torn tail
    if (kind === CONFIRMED) waiting = 0;
    else {
      updates.push(bytes.subarray(at + 5, at + 5 + length));
      if (kind === LOCAL) waiting += 1;
    }
    records += 1;
    at += 5 + length;
  }
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return { doc, waiting, records, validBytes: at, torn: at < bytes.length };
}
