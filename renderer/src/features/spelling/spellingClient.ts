import type { SpellingRequest, SpellingResponse } from './spellingProtocol';

type Answer = Exclude<SpellingResponse, { kind: 'failed' }>;

/**
 * The editor's side of the spelling worker: one promise per request, and a cache of verdicts for the
 * current languages and word list, so a re-check after typing asks the worker only about new words.
 */
export class SpellingClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  private verdicts = new Map<string, boolean>();
  /** Bumped by every configure, so a check answered for the old languages is not cached. */
  private generation = 0;

  constructor(private readonly spawn: () => Worker = defaultWorker) {}

  async configure(languages: readonly string[], words: readonly string[]): Promise<{ languages: string[]; missing: string[]; ms: number }> {
    this.generation += 1;
    this.verdicts = new Map();
    const answer = await this.request({ kind: 'configure', seq: 0, languages: [...languages], words: [...words] });
    if (answer.kind !== 'configured') throw new Error('The spelling worker answered out of turn.');
    return answer;
  }

  /** The words among these that no ticked dictionary (nor the user's list) has. */
  async wrongWords(words: Iterable<string>): Promise<Set<string>> {
    const generation = this.generation;
    const unknown = [...new Set(words)].filter((w) => !this.verdicts.has(w));
    if (unknown.length) {
      const answer = await this.request({ kind: 'check', seq: 0, words: unknown });
      if (answer.kind !== 'checked') throw new Error('The spelling worker answered out of turn.');
      if (generation === this.generation) {
        const wrong = new Set(answer.wrong);
        for (const word of unknown) this.verdicts.set(word, !wrong.has(word));
      } else {
        return this.wrongWords(words);
      }
    }
    return new Set([...words].filter((w) => this.verdicts.get(w) === false));
  }

  async suggest(word: string): Promise<string[]> {
    const answer = await this.request({ kind: 'suggest', seq: 0, word });
    if (answer.kind !== 'suggested') throw new Error('The spelling worker answered out of turn.');
    return answer.suggestions;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.pending.values()) reject(new Error('Spelling was stopped.'));
    this.pending.clear();
  }

  private request(request: SpellingRequest): Promise<Answer> {
    this.seq += 1;
    const seq = this.seq;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.ensure().postMessage({ ...request, seq });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<SpellingResponse>) => {
      const response = event.data;
      const waiting = this.pending.get(response.seq);
      if (!waiting) return;
      this.pending.delete(response.seq);
      if (response.kind === 'failed') waiting.reject(new Error(response.message));
      else waiting.resolve(response);
    };
    worker.onerror = (event) => {
      const error = new Error(`Spelling stopped: ${event.message || 'the worker failed'}.`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-spelling' });
}
