import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durableWrite';
import { readRegularText } from './safeRead';

/**
 * A lowdb adapter for one JSON file, written atomically and durably. It reads raw JSON and leaves
 * validation to the store, which knows whether a bad file is to be rebuilt or quarantined. Reads never
 * follow a symlink, never block on a FIFO and stop at the store's size limit.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** `compact`: written on one line (a large cache); otherwise indented, for files a person may open. */
  constructor(
    readonly path: string,
    private readonly options: { compact?: boolean } = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readRegularText(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, this.options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 2));
  }
}
