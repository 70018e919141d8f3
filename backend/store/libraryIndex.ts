import { z } from 'zod';
import { Low } from 'lowdb';
import { IndexEntrySchema, type IndexEntry } from '../../core/library/indexEntry';
import { DurableJsonFile } from './durableJsonFile';
import type { FileStamp } from './scanArticles';

const INDEX_VERSION = 1;

// `files` (each article file's stamp) is new: an older Copydesk reading this index ignores it (zod
// strips unknown keys). Stamps are checked by hand: 10,000 of them through zod would double the parse.
const IndexFileSchema = z.object({
  indexVersion: z.literal(INDEX_VERSION),
  entries: z.array(IndexEntrySchema),
});
type IndexFile = z.infer<typeof IndexFileSchema> & { files?: Record<string, FileStamp> };

function isStamp(value: unknown): value is FileStamp {
  const s = value as FileStamp | null;
  return typeof s === 'object' && s !== null && [s.size, s.mtimeMs, s.ctimeMs, s.ino].every((n) => typeof n === 'number');
}

/**
 * The library index: one entry per article, held in memory and written to library.json when the store
 * closes. It is a cache of articles/ and trash/, never the truth, so it is not rewritten on every save
 * (that would make a save cost grow with the library); a crash is detected at the next open by the
 * open marker and answered with a rebuild. Each entry keeps its file's stamp (size, times, inode), so a
 * clean open can tell which files changed behind the app's back and read only those.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly stamps = new Map<string, FileStamp>();

  constructor(private readonly path: string) {}

  /** Loads the persisted index; false when it is missing or unreadable and must be rebuilt. */
  async load(): Promise<boolean> {
    let raw: unknown;
    try {
      raw = await new DurableJsonFile<unknown>(this.path).read();
    } catch {
      return false;
    }
    const parsed = IndexFileSchema.safeParse(raw);
    if (!parsed.success) return false;
    this.replaceAll(parsed.data.entries);
    const files = (raw as { files?: unknown }).files;
    if (typeof files === 'object' && files !== null)
      for (const [id, stamp] of Object.entries(files)) if (this.entries.has(id) && isStamp(stamp)) this.stamps.set(id, stamp);
    return true;
  }

  async persist(): Promise<void> {
    const db = new Low<IndexFile>(new DurableJsonFile<IndexFile>(this.path), { indexVersion: INDEX_VERSION, entries: [] });
    db.data = { indexVersion: INDEX_VERSION, entries: [...this.entries.values()], files: Object.fromEntries(this.stamps) };
    await db.write();
  }

  replaceAll(entries: Iterable<IndexEntry>): void {
    this.entries.clear();
    this.stamps.clear();
    for (const entry of entries) this.entries.set(entry.id, entry);
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  /** A null stamp (the stat failed) makes the next clean open read the file again. */
  put(entry: IndexEntry, stamp?: FileStamp | null): void {
    this.entries.set(entry.id, entry);
    if (stamp) this.stamps.set(entry.id, stamp);
    else if (stamp === null) this.stamps.delete(entry.id);
  }

  stampOf(id: string): FileStamp | undefined {
    return this.stamps.get(id);
  }

  remove(id: string): void {
    this.entries.delete(id);
    this.stamps.delete(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** Live articles or trashed ones, newest change first. */
  list(which: 'live' | 'trash'): IndexEntry[] {
    const wanted = [...this.entries.values()].filter((e) => (which === 'trash') === (e.trashedAt !== null));
    return wanted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
}
