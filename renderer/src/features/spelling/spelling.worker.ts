/// <reference lib="webworker" />
import { hasBundledDictionary, loadDictionary } from './bundledDictionaries';
import { Speller } from './speller';
import type { SpellingRequest, SpellingResponse } from './spellingProtocol';

/**
 * Spelling runs here, off the typing path: building a Hunspell dictionary takes about a quarter of a
 * second, a suggestion tens of milliseconds (docs/spelling.md). Requests are answered in order, so a
 * check sent after a `configure` is answered with the new languages.
 */
let speller = new Speller([]);
let queue: Promise<void> = Promise.resolve();

const post = (response: SpellingResponse) => (self as unknown as Worker).postMessage(response);

async function handle(request: SpellingRequest): Promise<void> {
  try {
    if (request.kind === 'configure') {
      const started = performance.now();
      const usable = request.languages.filter(hasBundledDictionary);
      const next = new Speller(await Promise.all(usable.map(loadDictionary)));
      next.setPersonalWords(request.words);
      speller = next;
      const missing = request.languages.filter((l) => !usable.includes(l));
      post({ kind: 'configured', seq: request.seq, languages: usable, missing, ms: performance.now() - started });
    } else if (request.kind === 'check') {
      post({ kind: 'checked', seq: request.seq, wrong: request.words.filter((w) => !speller.correct(w)) });
    } else {
      post({ kind: 'suggested', seq: request.seq, suggestions: speller.suggest(request.word) });
    }
  } catch (error) {
    post({ kind: 'failed', seq: request.seq, message: (error as Error).message });
  }
}

self.onmessage = (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  queue = queue.then(() => handle(request));
};
