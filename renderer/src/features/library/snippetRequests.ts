/** Rows that come into view within this long are asked for together: a fast scroll is one request, not one per frame. */
export const GATHER_MS = 60;
/** The most ids searchSnippets takes at once (its schema's limit). */
export const MAX_IDS = 200;

/**
 * Which search results still need a snippet, gathered as their rows come into view. Each id is asked
 * for once per search (an article with no snippet, gone since, is not asked again on every scroll);
 * `reset` starts over when new results arrive.
 */
export class SnippetRequests {
  private readonly asked = new Set<string>();
  private waiting: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly fetch: (ids: string[]) => Promise<void>) {}

  /** Ids already answered (the first screenful came with the results) are marked so. */
  reset(answered: Iterable<string> = []): void {
    this.asked.clear();
    this.waiting = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const id of answered) this.asked.add(id);
  }

  want(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.asked.has(id)) continue;
      this.asked.add(id);
      this.waiting.push(id);
    }
    if (this.waiting.length > 0 && !this.timer) this.timer = setTimeout(() => this.flush(), GATHER_MS);
  }

  private flush(): void {
    this.timer = null;
    const ids = this.waiting;
    this.waiting = [];
    for (let i = 0; i < ids.length; i += MAX_IDS) void this.fetch(ids.slice(i, i + MAX_IDS));
  }
}
