import type { HunspellFiles } from './speller';

/**
 * The Hunspell files shipped with the app (npm dictionary-en and dictionary-en-gb, MIT AND BSD; the
 * licences are in assets/dictionaries/). Each language is its own chunk, loaded only when it is ticked.
 * The same languages as the .bdic files Electron gives Chromium (hosts/electron/main/dictionaries.ts).
 */
const loaders: Readonly<Record<string, () => Promise<HunspellFiles>>> = {
  'en-US': async () => ({
    aff: (await import('@hunspell/en-US/index.aff?raw')).default,
    dic: (await import('@hunspell/en-US/index.dic?raw')).default,
  }),
  'en-GB': async () => ({
    aff: (await import('@hunspell/en-GB/index.aff?raw')).default,
    dic: (await import('@hunspell/en-GB/index.dic?raw')).default,
  }),
};

export function hasBundledDictionary(language: string): boolean {
  return Object.hasOwn(loaders, language);
}

export function loadDictionary(language: string): Promise<HunspellFiles> {
  const load = loaders[language];
  if (!load) return Promise.reject(new Error(`No dictionary is bundled for ${language}.`));
  return load();
}
