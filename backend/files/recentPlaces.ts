import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/durableWrite';
import type { FilePlace } from '../../api/fileDialogTypes';

const RECENT_LIMIT = 8;
const RecentSchema = z.array(z.string().min(1).max(4096)).max(50);

/**
 * Folders the user last chose files or folders in, newest first, kept in recent-places.json beside the
 * library. A missing or unreadable file is an empty list: recent places are a convenience, never a reason
 * to stop a dialog from opening.
 */
export class RecentPlaces {
  private folders: string[] = [];

  private constructor(private readonly file: string) {}

  static async open(dataDir: string): Promise<RecentPlaces> {
    const recent = new RecentPlaces(join(dataDir, 'recent-places.json'));
    try {
      recent.folders = RecentSchema.parse(JSON.parse(await readFile(recent.file, 'utf8')));
    } catch {
      recent.folders = [];
    }
    return recent;
  }

  list(): FilePlace[] {
    return this.folders.map((path) => ({ label: basename(path) || path, path }));
  }

  async remember(folder: string): Promise<void> {
    this.folders = [folder, ...this.folders.filter((f) => f !== folder)].slice(0, RECENT_LIMIT);
    await writeFileDurably(this.file, JSON.stringify(this.folders, null, 2));
  }
}
