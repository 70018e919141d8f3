import { z } from 'zod';
import { FIELD_LIMITS, LanguageTagSchema } from '../article/schema';
import { DEFAULT_EXPORT_FORMATS, DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS } from '../export/exportJob';

/**
 * The app's settings (settings.json in the data folder), shared by the main process (which stores them),
 * the IPC contract (which validates a patch) and the settings view (which validates the form). It lives
 * in core/ because all three need it at run time and only core/ runs everywhere.
 */
export const SETTINGS_VERSION = 1;
export const RECENT_MAX = 10;
export const THEMES = ['system', 'light', 'dark'] as const;
export const SOFT_LIMIT_RANGE = {
  headline: { min: 20, max: FIELD_LIMITS.headline },
  standfirst: { min: 50, max: FIELD_LIMITS.standfirst },
} as const;

/** Languages the desktop app ships a dictionary for (Windows and Linux; macOS uses the system's). */
export const SPELLCHECK_LANGUAGE_OPTIONS = [
  { code: 'en-US', label: 'English (US)' },
  { code: 'en-GB', label: 'English (UK)' },
] as const;

const text = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters.`);
const limit = (range: { min: number; max: number }) =>
  z.number().int('Must be a whole number.').min(range.min, `At least ${range.min}.`).max(range.max, `At most ${range.max}.`);
/** Chromium's spellcheck codes: "en-US", "de", "pt-BR". Unknown ones are dropped by main at run time. */
const SpellcheckLanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Not a spellcheck language code.');

export const SPELLING_WORDS_MAX = 20_000;
/** One token, as a dictionary holds it; Chromium refuses custom words over 99 bytes, so this stays under. */
const SpellingWordSchema = z
  .string()
  .trim()
  .min(1)
  .max(64, 'A dictionary word is at most 64 characters.')
  .regex(/^\S+$/u, 'A dictionary word is one word.');

const fields = {
  defaults: {
    section: text(FIELD_LIMITS.section),
    byline: text(FIELD_LIMITS.byline),
    language: LanguageTagSchema,
    credit: text(FIELD_LIMITS.credit),
  },
  limits: { headline: limit(SOFT_LIMIT_RANGE.headline), standfirst: limit(SOFT_LIMIT_RANGE.standfirst) },
  /** Who you are: stamped on every suggestion, comment, sign-off and version (issue 14). */
  identity: { name: text(120), initials: text(8) },
  spellcheck: {
    languages: z
      .array(SpellcheckLanguageSchema)
      .max(5, 'Choose at most five languages.')
      .refine((list) => new Set(list).size === list.length, 'Each language once.'),
    /** "Add to dictionary": the user's own words, right in every language (renderer/src/features/spelling). */
    words: z.array(SpellingWordSchema).max(SPELLING_WORDS_MAX, `At most ${SPELLING_WORDS_MAX} words.`),
  },
  export: {
    formats: z
      .array(z.enum(EXPORT_FORMATS))
      .min(1, 'Choose at least one format.')
      .max(EXPORT_FORMATS.length)
      .refine((list) => new Set(list).size === list.length, 'Each format once.'),
    imageMode: z.enum(['alongside', 'embed']),
    wrapWidth: z.number().int().min(20).max(200),
    ninjsVersion: z.enum(['3.1', '2.2']),
    paper: z.enum(['A4', 'Letter']),
  },
};

export const RectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
export type Rect = z.infer<typeof RectSchema>;

export const WindowStateSchema = z.object({
  bounds: RectSchema,
  maximized: z.boolean(),
  savedAt: z.iso.datetime(),
});
export type SavedWindowState = z.infer<typeof WindowStateSchema>;

const uniqueRecent = (ids: string[]) => [...new Set(ids)].slice(0, RECENT_MAX);

export const SettingsSchema = z.object({
  settingsVersion: z.literal(SETTINGS_VERSION),
  defaults: z
    .object({
      section: fields.defaults.section.default(''),
      byline: fields.defaults.byline.default(''),
      language: fields.defaults.language.default('en'),
      credit: fields.defaults.credit.default(''),
    })
    .prefault({}),
  limits: z.object({ headline: fields.limits.headline.default(70), standfirst: fields.limits.standfirst.default(200) }).prefault({}),
  /** Empty means "the OS user name", filled in by main when the settings are read. */
  identity: z.object({ name: fields.identity.name.default(''), initials: fields.identity.initials.default('') }).prefault({}),
  spellcheck: z
    .object({ languages: fields.spellcheck.languages.default(['en-US']), words: fields.spellcheck.words.default([]) })
    .prefault({}),
  export: z
    .object({
      formats: fields.export.formats.default([...DEFAULT_EXPORT_FORMATS]),
      imageMode: fields.export.imageMode.default(DEFAULT_EXPORT_OPTIONS.imageMode),
      wrapWidth: fields.export.wrapWidth.default(DEFAULT_EXPORT_OPTIONS.wrapWidth),
      ninjsVersion: fields.export.ninjsVersion.default(DEFAULT_EXPORT_OPTIONS.ninjsVersion),
      paper: fields.export.paper.default(DEFAULT_EXPORT_OPTIONS.paper),
    })
    .prefault({}),
  theme: z.enum(THEMES).default('system'),
  /** Keyed by the layout of displays the window was on (hosts/electron/main/windowStateClamp.ts). */
  windows: z.record(z.string().min(1).max(1000), WindowStateSchema).default({}),
  lastOpenArticleId: z.uuid().nullable().default(null),
  /** Most recent first; a longer or repeating list (an older build, a hand edit) is tidied, not refused. */
  recentArticleIds: z.array(z.uuid()).default([]).transform(uniqueRecent),
});
export type Settings = z.output<typeof SettingsSchema>;

/** What the settings view may change. Window states and recent articles belong to main. */
export const SettingsPatchSchema = z
  .object({
    defaults: z.object(fields.defaults).partial().strict(),
    limits: z.object(fields.limits).partial().strict(),
    identity: z.object(fields.identity).partial().strict(),
    spellcheck: z.object(fields.spellcheck).partial().strict(),
    export: z.object(fields.export).partial().strict(),
    theme: z.enum(THEMES),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({ settingsVersion: SETTINGS_VERSION });

/** A patch applied section by section: `{ limits: { headline: 80 } }` keeps the standfirst limit. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const parsed = SettingsPatchSchema.parse(patch);
  return SettingsSchema.parse({
    ...settings,
    defaults: { ...settings.defaults, ...parsed.defaults },
    limits: { ...settings.limits, ...parsed.limits },
    identity: { ...settings.identity, ...parsed.identity },
    spellcheck: { ...settings.spellcheck, ...parsed.spellcheck },
    export: { ...settings.export, ...parsed.export },
    theme: parsed.theme ?? settings.theme,
  });
}

export class SettingsMigrationError extends Error {
  override name = 'SettingsMigrationError';
}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const pick = (source: Record<string, unknown>, map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).flatMap(([from, to]) => (source[from] === undefined ? [] : [[to, source[from]]])));

/**
 * v0 is the flat, unversioned file of the first settings prototype (`byline`, `headlineLimit`,
 * `spellcheckLanguage`, one `window`…). v1 groups the fields and keys window states by display layout;
 * the old single window state becomes the fallback entry "*".
 */
function v0ToV1(v0: Record<string, unknown>): Record<string, unknown> {
  const window = isRecord(v0.window) ? v0.window : null;
  const savedAt = new Date(0).toISOString();
  return {
    settingsVersion: 1,
    defaults: pick(v0, { section: 'section', byline: 'byline', language: 'language', credit: 'credit' }),
    limits: pick(v0, { headlineLimit: 'headline', standfirstLimit: 'standfirst' }),
    spellcheck: typeof v0.spellcheckLanguage === 'string' ? { languages: [v0.spellcheckLanguage] } : {},
    export: pick(v0, { exportFormats: 'formats' }),
    ...(v0.theme === undefined ? {} : { theme: v0.theme }),
    windows: window
      ? {
          '*': {
            bounds: pick(window, { x: 'x', y: 'y', width: 'width', height: 'height' }),
            maximized: window.maximized === true,
            savedAt,
          },
        }
      : {},
    lastOpenArticleId: v0.lastArticleId ?? null,
  };
}

const MIGRATIONS: Record<number, Migration> = { 0: v0ToV1 };

/**
 * Brings a parsed settings file up to SETTINGS_VERSION, one step at a time. Throws for anything that is
 * not an object and for a version newer than this build knows (a downgrade): the caller keeps that file.
 */
export function migrateSettings(raw: unknown): { data: Record<string, unknown>; from: number } {
  if (!isRecord(raw)) throw new SettingsMigrationError('settings.json does not hold an object.');
  const from = raw.settingsVersion === undefined ? 0 : raw.settingsVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    throw new SettingsMigrationError(`Unknown settingsVersion ${JSON.stringify(from)}.`);
  if (from > SETTINGS_VERSION)
    throw new SettingsMigrationError(`settings.json is version ${from}, newer than this Copydesk (${SETTINGS_VERSION}).`);
  let data = raw;
  for (let version = from; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new SettingsMigrationError(`No migration from settings version ${version}.`);
    data = step(data);
  }
  return { data, from };
}

export const isNewerSettingsFile = (raw: unknown): boolean =>
  isRecord(raw) && typeof raw.settingsVersion === 'number' && raw.settingsVersion > SETTINGS_VERSION;

/** Initials from a name: "Ann de la Desk" → "AD". */
export function initialsOf(name: string): string {
  const all = name.trim().split(/\s+/).filter(Boolean);
  // Particles ("de", "la", "van") are skipped when there are capitalised words to take.
  const capitalised = all.filter((w) => /^\p{Lu}/u.test(w));
  const words = capitalised.length > 0 ? capitalised : all;
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return picked
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 8);
}

/** The reviewer's name and initials as they are stamped: the settings, else the OS user name. */
export function effectiveIdentity(settings: Settings, osUserName: string): { name: string; initials: string } {
  const name = settings.identity.name.trim() || osUserName.trim() || 'Copydesk user';
  return { name, initials: settings.identity.initials.trim() || initialsOf(name) };
}
