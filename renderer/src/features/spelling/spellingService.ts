import { useSettings } from '../../state/settingsStore';
import { useToasts } from '../../state/toastStore';
import { errorMessage } from '../../bridge/copydesk';
import { SpellingClient } from './spellingClient';

/**
 * Spelling for the whole window, the same in both hosts: the languages ticked in Settings and the user's
 * word list (settings.spellcheck) drive one worker; editors ask it which words are wrong and listen for
 * changes (a language ticked, a word added) to check again.
 */
export interface SpellingService {
  /** The languages ticked in Settings. */
  languages(): readonly string[];
  wrongWords(words: Iterable<string>): Promise<Set<string>>;
  suggest(word: string): Promise<string[]>;
  addWord(word: string): Promise<void>;
  /** Called whenever verdicts may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export function createSpellingService(client = new SpellingClient()): SpellingService {
  const listeners = new Set<() => void>();
  let applied = '';
  let ready: Promise<unknown> = Promise.resolve();
  let warned = '';

  const apply = () => {
    const { languages, words } = useSettings.getState().settings.spellcheck;
    const key = JSON.stringify([languages, words]);
    if (key === applied) return;
    applied = key;
    ready = client
      .configure(languages, words)
      .then(({ missing }) => {
        // A language typed in by hand that we ship no dictionary for: say so once, do not fail.
        if (missing.length && missing.join() !== warned) {
          warned = missing.join();
          useToasts.getState().show({ kind: 'info', text: `No dictionary for ${missing.join(', ')}: spelling in it is not checked.` });
        }
        for (const listener of listeners) listener();
      })
      .catch((error: unknown) => useToasts.getState().show({ kind: 'error', text: `Spelling is unavailable: ${errorMessage(error)}` }));
  };

  let unsubscribeSettings: (() => void) | null = null;
  const start = () => {
    if (unsubscribeSettings) return;
    unsubscribeSettings = useSettings.subscribe(apply);
    apply();
  };

  return {
    languages: () => useSettings.getState().settings.spellcheck.languages,
    async wrongWords(words) {
      start();
      await ready;
      return client.wrongWords(words);
    },
    async suggest(word) {
      start();
      await ready;
      return client.suggest(word);
    },
    async addWord(word) {
      const { settings, save } = useSettings.getState();
      const trimmed = word.trim();
      if (!trimmed || settings.spellcheck.words.includes(trimmed)) return;
      await save({ spellcheck: { words: [...settings.spellcheck.words, trimmed] } });
    },
    onChange(listener) {
      start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: SpellingService | null = null;
/** The window's one spelling service (one worker, one set of dictionaries in memory). */
export function spellingService(): SpellingService {
  shared ??= createSpellingService();
  return shared;
}
