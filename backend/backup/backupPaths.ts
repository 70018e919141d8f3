import { IMAGE_LIMITS } from '../../core/image/imageInfo';
import { STORE_FILE_MAX_BYTES } from '../store/safeRead';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SETTINGS_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The files a Copydesk library has, and the most each may hold: a backup carries these and nothing else,
 * and a restore writes nothing else. No lock, no open marker, no index (restore rebuilds it from the
 * articles, so a backup can never carry a stale one), no quarantine (its reason files name paths).
 */
const LIBRARY_FILES: Array<{ pattern: RegExp; maxBytes: number }> = [
  { pattern: new RegExp(`^(articles|trash)/${UUID}\\.json$`), maxBytes: STORE_FILE_MAX_BYTES },
  { pattern: new RegExp(`^revisions/${UUID}/(\\d{8}T\\d{9}Z-[0-9a-f]{6}|index)\\.json$`), maxBytes: STORE_FILE_MAX_BYTES },
  { pattern: /^assets\/[0-9a-f]{64}\.(jpg|png|webp|gif)$/, maxBytes: IMAGE_LIMITS.maxBytes },
  { pattern: /^(settings|preferences)\.json$/, maxBytes: SETTINGS_MAX_BYTES },
];

/** Listed by backups of earlier versions; a restore leaves them out rather than refusing the backup. */
const LEFT_OUT = [/^library\.json$/, /^quarantine\/[^/]+$/];

export const BACKUP_FOLDERS = ['articles', 'trash', 'revisions', 'assets'];
export const BACKUP_TOP_FILES = ['preferences.json', 'settings.json'];

/** The most a file at this path may hold, or null when a library has no such file. */
export function libraryFileLimit(path: string): number | null {
  return LIBRARY_FILES.find((f) => f.pattern.test(path))?.maxBytes ?? null;
}

export function isLeftOut(path: string): boolean {
  return LEFT_OUT.some((p) => p.test(path));
}

/** How a path is shown in a message: quoted, control characters escaped, cut short. */
export function shownPath(path: string): string {
  if (path === '') return 'an entry with an empty name';
  const escaped = JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);
  return `the entry ${escaped}`;
}
