import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileName } from './durableWrite';

/** Article ids present as files in a folder; leftovers of interrupted writes are cleared on the way. */
export async function articleIdsIn(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of await readdir(dir)) {
    if (isTempFileName(name)) {
      await unlink(join(dir, name)).catch(() => undefined);
    } else if (name.endsWith('.json')) {
      ids.push(name.slice(0, -'.json'.length));
    }
  }
  return ids;
}
