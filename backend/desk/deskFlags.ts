import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durableWrite';

/**
 * Things the journalist must hear about that are not errors: an article trashed on the desk while they
 * edited it offline (kept), a change the desk refused. Kept in `<data>/desk/flags.json` until cleared.
 */
export class DeskFlags {
  private constructor(
    private readonly file: string,
    private readonly flags: Map<string, string>,
  ) {}

  static async open(dir: string): Promise<DeskFlags> {
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'flags.json');
    let flags = new Map<string, string>();
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
      if (parsed && typeof parsed === 'object')
        flags = new Map(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    return new DeskFlags(file, flags);
  }

  get all(): ReadonlyMap<string, string> {
    return this.flags;
  }

  async note(id: string, message: string): Promise<void> {
    if (this.flags.get(id) === message) return;
    this.flags.set(id, message);
    await writeFileDurably(this.file, JSON.stringify(Object.fromEntries(this.flags), null, 2));
  }

  async clear(id: string): Promise<void> {
    if (!this.flags.delete(id)) return;
    await writeFileDurably(this.file, JSON.stringify(Object.fromEntries(this.flags), null, 2));
  }
}
