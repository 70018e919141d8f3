import { z } from 'zod';
import { Low } from 'lowdb';
import { IndexEntrySchema, type IndexEntry } from '../../core/library/indexEntry';
import { DurableJsonFile } from './durableJsonFile';

const INDEX_VERSION = 1;

const IndexFileSchema = z.object({
  indexVersion: z.literal(INDEX_VERSION),
  entries: z.array(IndexEntrySchema),
});
type IndexFile = z.infer<typeof IndexFileSchema>;

/**
 * The library index: one entry per article, held in memory and written to library.json when the store
 * closes. It is a cache of articles/ and trash/, never the truth, so it is not rewritten on every save
 * (that would make a save cost grow with the library); a crash is detected at the next open by the
 * open marker and answered with a rebuild.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, IndexEntry>();

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
    return true;
  }

  async persist(): Promise<void> {
    const db = new Low<IndexFile>(new DurableJsonFile<IndexFile>(this.path), { indexVersion: INDEX_VERSION, entries: [] });
    db.data = { indexVersion: INDEX_VERSION, entries: [...this.entries.values()] };
    await db.write();
  }

  replaceAll(entries: Iterable<IndexEntry>): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.id, entry);
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  put(entry: IndexEntry): void {
    this.entries.set(entry.id, entry);
  }

  remove(id: string): void {
    this.entries.delete(id);
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
