import { Low } from 'lowdb';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applySettingsPatch,
  defaultSettings,
  isNewerSettingsFile,
  migrateSettings,
  RECENT_MAX,
  SETTINGS_VERSION,
  SettingsSchema,
  type SavedWindowState,
  type Settings,
  type SettingsPatch,
} from '../../core/settings/settingsSchema';
import { DurableJsonFile } from './durableJsonFile';
import { WriteQueue } from './writeQueue';

export const SETTINGS_FILE = 'settings.json';
/** Window states for this many display layouts are kept; the least recently used go first. */
export const WINDOW_LAYOUTS_MAX = 8;

/** Why the settings on disk were not used, for a one-line notice in the UI and the log. */
export interface SettingsRecovery {
  reason: string;
  /** Where the unusable file was moved; null when it was left in place (a newer version's file). */
  keptAs: string | null;
}

export interface SettingsStoreOptions {
  now?: () => Date;
}

/**
 * settings.json in the data folder, through lowdb and the durable adapter. A file that cannot be parsed,
 * validated or migrated never blocks the app: it is moved aside as settings.json.bad-<time> and defaults
 * are used. A file from a newer Copydesk is left untouched and nothing is written over it this session.
 */
export class SettingsStore {
  private readonly queue = new WriteQueue();
  private readonly listeners = new Set<(settings: Settings) => void>();

  private constructor(
    private readonly db: Low<Settings>,
    readonly recovery: SettingsRecovery | null,
    private readonly readOnly: boolean,
    private readonly now: () => Date,
  ) {}

  static async open(dataDir: string, options: SettingsStoreOptions = {}): Promise<SettingsStore> {
    const now = options.now ?? (() => new Date());
    const path = join(dataDir, SETTINGS_FILE);
    const db = new Low<Settings>(new DurableJsonFile<Settings>(path), defaultSettings());
    let raw: unknown = null;
    try {
      raw = await db.adapter.read();
      if (raw === null) return new SettingsStore(db, null, false, now);
      const { data, from } = migrateSettings(raw);
      db.data = SettingsSchema.parse(data);
      const store = new SettingsStore(db, null, false, now);
      if (from !== SETTINGS_VERSION) await store.queue.run(() => db.write());
      return store;
    } catch (error) {
      db.data = defaultSettings();
      const reason = describe(error);
      if (isNewerSettingsFile(raw)) return new SettingsStore(db, { reason, keptAs: null }, true, now);
      const keptAs = `${path}.bad-${now().toISOString().replace(/[:.]/g, '-')}`;
      const moved = await rename(path, keptAs).then(
        () => true,
        () => false,
      );
      return new SettingsStore(db, { reason, keptAs: moved ? keptAs : null }, false, now);
    }
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  /** Validates and stores a patch from the settings view; throws (zod) on an invalid one. */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.change((settings) => applySettingsPatch(settings, patch));
  }

  /** The article the user opened: first in Recent, and reopened at the next start. */
  openedArticle(id: string): Promise<Settings> {
    return this.change((settings) => ({
      ...settings,
      lastOpenArticleId: id,
      recentArticleIds: [id, ...settings.recentArticleIds.filter((other) => other !== id)].slice(0, RECENT_MAX),
    }));
  }

  /** An article went to the trash or was deleted: it leaves Recent and is not reopened. */
  forgetArticle(id: string): Promise<Settings> {
    return this.change((settings) => ({
      ...settings,
      lastOpenArticleId: settings.lastOpenArticleId === id ? null : settings.lastOpenArticleId,
      recentArticleIds: settings.recentArticleIds.filter((other) => other !== id),
    }));
  }

  clearRecent(): Promise<Settings> {
    return this.change((settings) => ({ ...settings, recentArticleIds: [] }));
  }

  saveWindowState(layout: string, state: Omit<SavedWindowState, 'savedAt'>): Promise<Settings> {
    return this.change((settings) => {
      const entries = Object.entries({ ...settings.windows, [layout]: { ...state, savedAt: this.now().toISOString() } });
      const newestFirst = entries.sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt)).slice(0, WINDOW_LAYOUTS_MAX);
      return { ...settings, windows: Object.fromEntries(newestFirst) };
    });
  }

  /**
   * Called after each change is stored, with the new settings: main re-applies what depends on them
   * (theme, spelling languages, the Recent menu) however the change came (settings view, menu, code).
   */
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every change asked for so far is on disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private change(next: (settings: Settings) => Settings): Promise<Settings> {
    return this.queue.run(async () => {
      const updated = SettingsSchema.parse(next(this.get()));
      this.db.data = updated;
      if (!this.readOnly) await this.db.write();
      for (const listener of this.listeners) {
        try {
          listener(this.get());
        } catch (error) {
          console.error('A settings listener failed:', error);
        }
      }
      return this.get();
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `settings.json is not valid JSON (${error.message}).`;
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const first = error.issues[0] as { path?: PropertyKey[]; message?: string } | undefined;
    return `settings.json has an invalid value${first?.path?.length ? ` at ${first.path.join('.')}` : ''}: ${first?.message ?? 'unknown'}.`;
  }
  return error instanceof Error ? error.message : String(error);
}
