import { Low } from 'lowdb';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonFile } from './durableJsonFile';

const PreferencesSchema = z.object({
  exportFolder: z.string().nullable().default(null),
  exportFormats: z.array(z.string()).default(['html', 'docx']),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/**
 * Small per-library preferences (the last export folder and formats), in preferences.json beside the
 * library. An unreadable file falls back to defaults rather than blocking the app.
 */
export class PreferencesStore {
  private constructor(private readonly db: Low<Preferences>) {}

  static async open(dataDir: string): Promise<PreferencesStore> {
    const db = new Low<Preferences>(new DurableJsonFile<Preferences>(join(dataDir, 'preferences.json')), PreferencesSchema.parse({}));
    try {
      await db.read();
      db.data = PreferencesSchema.parse(db.data ?? {});
    } catch {
      db.data = PreferencesSchema.parse({});
    }
    return new PreferencesStore(db);
  }

  get(): Preferences {
    return { ...this.db.data };
  }

  async update(patch: Partial<Preferences>): Promise<Preferences> {
    this.db.data = PreferencesSchema.parse({ ...this.db.data, ...patch });
    await this.db.write();
    return this.get();
  }
}
