import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Test support for restore: backups built by hand, honest or crafted. */
export const MANIFEST_NAME = 'copydesk-backup.json';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface ListedFile {
  path: string;
  bytes: Uint8Array;
  /** What the manifest claims, when it lies. */
  claimedBytes?: number;
}

export function manifestOf(files: ListedFile[], extra: Record<string, unknown> = {}): Uint8Array {
  const listed = files.map((f) => ({ path: f.path, bytes: f.claimedBytes ?? f.bytes.length, sha256: sha256(f.bytes) }));
  return strToU8(
    JSON.stringify({
      format: 'copydesk-backup',
      version: 1,
      createdAt: '2026-11-29T00:00:00.000Z',
      appVersion: 'test',
      files: listed,
      ...extra,
    }),
  );
}

/** A backup whose manifest lists `files`; `unlisted` entries are in the zip but not in the manifest. */
export function backupZip(files: ListedFile[], unlisted: Zippable = {}, manifest = manifestOf(files)): Uint8Array {
  const entries: Zippable = { ...unlisted };
  for (const f of files) entries[f.path] = f.bytes;
  entries[MANIFEST_NAME] = manifest;
  return zipSync(entries, { level: 1 });
}

interface RawEntry {
  name: string;
  /** Deflated (method 8) or stored (method 0) bytes. */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

/** Writes a zip by hand, so a test can make one no honest zipper would: any name, any claimed size. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * Deflated zeros, built in a moment without holding them: one sync-flushed block of 1 MB of zeros,
 * repeated, then an empty final block (each piece ends byte-aligned, so the copies chain).
 */
function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const tail = deflateRawSync(new Uint8Array(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), tail]);
}

/**
 * A zip with entries of `megabytes` zeros each (a few hundred KB of zip per GB), plus honest small entries.
 * `claim` sets the size the headers declare (default: the true size, mod 4 GB as zip32 has it).
 */
export function zeroBombZip(
  bombs: Array<{ name: string; megabytes: number; claim?: number }>,
  small: Record<string, Uint8Array>,
): Uint8Array {
  const entries: RawEntry[] = bombs.map((b) => ({
    name: b.name,
    data: deflatedZeros(b.megabytes),
    method: 8,
    crc: 0,
    size: b.claim ?? (b.megabytes * 1024 * 1024) % 2 ** 32,
  }));
  for (const [name, bytes] of Object.entries(small))
    entries.push({ name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), size: bytes.length });
  return rawZip(entries);
}
