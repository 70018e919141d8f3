import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDataDir } from '../../../testing/tempDataDir';
import { SPELLCHECK_LANGUAGE_OPTIONS } from '../../../core/settings/settingsSchema';
import {
  bdicFileName,
  BUNDLED_DICTIONARIES,
  bundledDictionaryDir,
  bundledFileForUrl,
  CHROMIUM_LANGUAGE_REGIONS,
  CUSTOM_WORDS_FILE,
  EASY_LANGUAGES,
  languageLabel,
  normalizeWord,
  offeredLanguages,
  PersonalDictionary,
  seedDictionaries,
  usableLanguages,
} from './dictionaries';

const ASSETS = join(__dirname, '../../../assets/dictionaries');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(() => cleanup());

describe('dictionary file names', () => {
  it('uses the names Chromium looks for and downloads', () => {
    expect(bdicFileName('en-US')).toBe('en-US-10-1.bdic');
    expect(bdicFileName('en-GB')).toBe('en-GB-10-1.bdic');
    expect(bdicFileName('de')).toBe('de-DE-3-0.bdic');
    expect(bdicFileName('tr')).toBe('tr-TR-4-0.bdic');
    expect(bdicFileName('uk')).toBe('uk-UA-5-0.bdic');
    expect(bdicFileName('ko')).toBe('ko-3-0.bdic');
  });

  it('maps a download URL to the bundled file, case-insensitively as Chromium asks', () => {
    expect(bundledFileForUrl('copydesk-dict://dictionaries/en-us-10-1.bdic')).toBe('en-US.bdic');
    expect(bundledFileForUrl('copydesk-dict://dictionaries/en-GB-10-1.bdic?x=1')).toBe('en-GB.bdic');
    expect(bundledFileForUrl('copydesk-dict://dictionaries/de-de-3-0.bdic')).toBeNull();
    expect(bundledFileForUrl('copydesk-dict://dictionaries/../en-us-10-1.bdic')).toBeNull();
    expect(bundledFileForUrl('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBeNull();
  });

  it('finds the bundle in resources when packaged and in assets from source', () => {
    expect(bundledDictionaryDir({ isPackaged: true, resourcesPath: '/opt/Copydesk/resources', appPath: '/x' })).toBe(
      join('/opt/Copydesk/resources', 'dictionaries'),
    );
    expect(bundledDictionaryDir({ isPackaged: false, resourcesPath: '/x', appPath: '/src/copydesk' })).toBe(
      join('/src/copydesk', 'assets', 'dictionaries'),
    );
  });

  it('lists only languages Chromium knows, for bundling and for later', () => {
    for (const language of [...BUNDLED_DICTIONARIES.map((d) => d.language), ...Object.keys(EASY_LANGUAGES)]) {
      expect(CHROMIUM_LANGUAGE_REGIONS[language], language).toBeDefined();
    }
    expect(BUNDLED_DICTIONARIES.map((d) => d.language)).toEqual(SPELLCHECK_LANGUAGE_OPTIONS.map((o) => o.code));
  });
});

describe('bundled .bdic files', () => {
  it.each(BUNDLED_DICTIONARIES)('ships $file, a Chromium BDic converted from $source', async ({ file }) => {
    const bytes = await readFile(join(ASSETS, file));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('BDic');
    expect(bytes.length).toBeGreaterThan(100_000);
  });
});

describe('seedDictionaries', () => {
  it('copies each bundled file to its versioned name, once', async () => {
    const target = join(dir, 'Dictionaries');
    expect(seedDictionaries(ASSETS, target)).toEqual(['en-US', 'en-GB']);
    expect((await readdir(target)).sort()).toEqual(['en-GB-10-1.bdic', 'en-US-10-1.bdic']);
    expect((await readFile(join(target, 'en-US-10-1.bdic'))).equals(await readFile(join(ASSETS, 'en-US.bdic')))).toBe(true);
    expect(seedDictionaries(ASSETS, target)).toEqual([]);
  });

  it('replaces a stale or broken copy and leaves no temp file', async () => {
    const target = join(dir, 'Dictionaries');
    await mkdir(target);
    await writeFile(join(target, 'en-GB-10-1.bdic'), 'not a dictionary');
    expect(seedDictionaries(ASSETS, target)).toEqual(['en-US', 'en-GB']);
    expect((await stat(join(target, 'en-GB-10-1.bdic'))).size).toBe((await stat(join(ASSETS, 'en-GB.bdic'))).size);
    expect((await readdir(target)).sort()).toEqual(['en-GB-10-1.bdic', 'en-US-10-1.bdic']);
  });

  it('skips what the bundle lacks (a source checkout without the assets)', async () => {
    expect(seedDictionaries(join(dir, 'nowhere'), join(dir, 'Dictionaries'))).toEqual([]);
  });
});

describe('languages', () => {
  const available = ['en-US', 'en-GB', 'de', 'fr'];

  it('keeps the wanted languages this Chromium has, in order, once', () => {
    expect(usableLanguages(['en-GB', 'xx', 'de', 'en-GB'], available)).toEqual(['en-GB', 'de']);
  });

  it('falls back to a bundled language when none is usable, and honours "none"', () => {
    expect(usableLanguages(['xx'], available)).toEqual(['en-US']);
    expect(usableLanguages([], available)).toEqual([]);
    expect(usableLanguages(['xx'], [])).toEqual([]);
  });

  it('offers the bundled languages plus any switched on', () => {
    expect(offeredLanguages(['de'])).toEqual(['en-US', 'en-GB', 'de']);
    expect(offeredLanguages(['en-GB'])).toEqual(['en-US', 'en-GB']);
  });

  it('labels languages', () => {
    expect(languageLabel('en-GB')).toBe('English (UK)');
    expect(languageLabel('de')).toBe('German');
  });
});

describe('PersonalDictionary', () => {
  it('normalises words the way Chromium will take them', () => {
    expect(normalizeWord('  Ukraine ')).toBe('Ukraine');
    expect(normalizeWord('Cafe\u0301')).toBe('Café');
    expect(normalizeWord('two words')).toBeNull();
    expect(normalizeWord('')).toBeNull();
    expect(normalizeWord('é'.repeat(50))).toBeNull();
  });

  it('adds, keeps and removes words durably', async () => {
    const words = await PersonalDictionary.open(dir);
    expect(await words.add(['Zelenskyy', 'Kyiv', 'Kyiv', 'bad word'])).toEqual(['Kyiv', 'Zelenskyy']);
    expect(await words.add(['Kyiv'])).toEqual([]);
    const again = await PersonalDictionary.open(dir);
    expect(again.words()).toEqual(['Kyiv', 'Zelenskyy']);
    expect(await again.remove('Kyiv')).toBe(true);
    expect(await again.remove('Kyiv')).toBe(false);
    expect(JSON.parse(await readFile(join(dir, CUSTOM_WORDS_FILE), 'utf8'))).toEqual({ version: 1, words: ['Zelenskyy'] });
  });

  it('starts empty on a broken file and keeps it aside', async () => {
    await writeFile(join(dir, CUSTOM_WORDS_FILE), '{"words": 3');
    const words = await PersonalDictionary.open(dir, () => new Date('2026-02-03T04:05:06.000Z'));
    expect(words.words()).toEqual([]);
    expect(await readdir(dir)).toEqual(['custom-words.json.bad-2026-02-03T04-05-06-000Z']);
  });
});
