import { app, Menu, net, session as electronSession, type MenuItemConstructorOptions, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SettingsStore } from '../../../backend/store/settings';
import { buildContextMenu, toggleLanguage, type ContextAction, type ContextMenuItemSpec } from './contextMenuTemplate';
import {
  bundledDictionaryDir,
  bundledFileForUrl,
  DICTIONARY_BASE_URL,
  DICTIONARY_SCHEME,
  languageLabel,
  offeredLanguages,
  PersonalDictionary,
  seedDictionaries,
  usableLanguages,
} from './dictionaries';

/**
 * Offline spellchecking: Electron glue only (the decisions are in dictionaries.ts and
 * contextMenuTemplate.ts). Three steps, because of when Chromium looks for dictionary files:
 *  1. seedSpellcheckDictionaries(), at the top of main, before the app is ready;
 *  2. prepareSpellcheck(), first thing in `whenReady`, before anything else touches a session;
 *  3. startSpellcheck(), once the settings are open: languages, the user's words, the context menu.
 */
const mac = process.platform === 'darwin';

const bundledDir = () =>
  bundledDictionaryDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });

/**
 * Copies the bundled .bdic files to where Chromium looks. Before `ready` on purpose: the session (and
 * its spellcheck service, which checks for the files on another thread) may exist as soon as it is.
 */
export function seedSpellcheckDictionaries(): void {
  if (mac) return;
  try {
    seedDictionaries(bundledDir(), join(app.getPath('sessionData'), 'Dictionaries'));
  } catch (error) {
    console.error('Could not install the spelling dictionaries:', error);
  }
}

/**
 * Points Chromium's dictionary downloader at a scheme the network cannot serve, so a language we do not
 * ship fails at once instead of fetching from Google. Call before anything else touches the session.
 */
export function prepareSpellcheck(): void {
  if (mac) return;
  const session = electronSession.defaultSession;
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_BASE_URL);
  // If Chromium's downloader ever honours custom schemes, it gets the bundled file from here.
  session.protocol.handle(DICTIONARY_SCHEME, (request) => {
    const file = bundledFileForUrl(request.url);
    return file ? net.fetch(pathToFileURL(join(bundledDir(), file)).toString()) : new Response('Not found', { status: 404 });
  });
  session.on('spellcheck-dictionary-download-failure', (_event, language) => {
    console.warn(`No offline dictionary for ${language}; spelling is not checked in that language.`);
  });
}

export interface Spellcheck {
  /** Shows the spelling and edit menu on right-click in this page. */
  attach(contents: WebContents): void;
  /** Stores the languages; the session follows through the settings subscription. */
  setLanguages(languages: readonly string[]): Promise<void>;
  addWord(word: string): Promise<void>;
  removeWord(word: string): Promise<void>;
}

export async function startSpellcheck(options: { settings: SettingsStore; dataDir: string; session?: Session }): Promise<Spellcheck> {
  const { settings, dataDir } = options;
  const session = options.session ?? electronSession.defaultSession;
  const personal = await PersonalDictionary.open(dataDir);

  let applied = '';
  const apply = (languages: readonly string[]) => {
    if (mac || languages.join() === applied) return;
    applied = languages.join();
    session.setSpellCheckerLanguages(usableLanguages(languages, session.availableSpellCheckerLanguages));
  };
  // Chromium reloads dictionaries only when the language list changes. Emptying it first makes it
  // reread the seeded files even if it looked (and found nothing) before they were there.
  if (!mac) session.setSpellCheckerLanguages([]);
  apply(settings.get().spellcheck.languages);
  // However the languages change (settings view, context menu), the session follows.
  settings.subscribe((next) => apply(next.spellcheck.languages));

  // Words added through an earlier Chromium profile are adopted, then ours are pushed into Chromium.
  const chromiumWords = await session.listWordsInSpellCheckerDictionary();
  await personal.add(chromiumWords);
  for (const word of personal.words()) if (!chromiumWords.includes(word)) session.addWordToSpellCheckerDictionary(word);
  // The body's spelling (renderer/src/features/spelling) keeps its word list in the settings; Chromium's
  // checker of the form fields learns those words too, so one "Add to dictionary" serves both.
  const pushWords = (words: readonly string[]) => {
    for (const word of words) {
      if (chromiumWords.includes(word)) continue;
      chromiumWords.push(word);
      session.addWordToSpellCheckerDictionary(word);
    }
  };
  pushWords(settings.get().spellcheck.words);
  settings.subscribe((next) => pushWords(next.spellcheck.words));

  const spellcheck: Spellcheck = {
    attach(contents) {
      contents.on('context-menu', (_event, params) => {
        const active = settings.get().spellcheck.languages;
        const spec = buildContextMenu(params, {
          platform: process.platform,
          active,
          offered: offeredLanguages(active),
          label: languageLabel,
        });
        if (spec.length) Menu.buildFromTemplate(spec.map((item) => toElectron(item, contents, run))).popup();
      });
    },
    async setLanguages(languages) {
      await settings.update({ spellcheck: { languages: [...languages] } });
    },
    async addWord(word) {
      for (const added of await personal.add([word])) session.addWordToSpellCheckerDictionary(added);
      const words = settings.get().spellcheck.words;
      if (!words.includes(word)) await settings.update({ spellcheck: { words: [...words, word] } });
    },
    async removeWord(word) {
      if (await personal.remove(word)) session.removeWordFromSpellCheckerDictionary(word);
    },
  };

  function run(action: ContextAction, contents: WebContents): void {
    const done = (promise: Promise<void>) => promise.catch((error: unknown) => console.error('Spellcheck action failed:', error));
    if (action.kind === 'replace') contents.replaceMisspelling(action.word);
    else if (action.kind === 'add-word') void done(spellcheck.addWord(action.word));
    else void done(spellcheck.setLanguages(toggleLanguage(settings.get().spellcheck.languages, action.language)));
  }
  return spellcheck;
}

function toElectron(
  item: ContextMenuItemSpec,
  contents: WebContents,
  run: (action: ContextAction, contents: WebContents) => void,
): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = item;
  const options: MenuItemConstructorOptions = { ...rest };
  if (submenu) options.submenu = submenu.map((child) => toElectron(child, contents, run));
  if (action) options.click = () => run(action, contents);
  return options;
}
