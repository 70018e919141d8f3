/**
 * Snippet texts of recently shown results (a thousand, ~10 MB: a query typed letter by letter shows
 * the same stories again). The index keeps no article text (that would double the search worker's
 * memory at 10,000 articles), so a snippet reads its article once and keeps the text
 * here, keyed by updatedAt so an edit is never shown stale.
 */
export class TextCache {
  private readonly entries = new Map<string, { stamp: string; text: string }>();

  constructor(private readonly capacity = 1000) {}

  get(id: string, stamp: string): string | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.stamp !== stamp) return undefined;
    // Re-inserting moves the entry to the back: a Map iterates in insertion order, oldest first.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.text;
  }

  set(id: string, stamp: string, text: string): void {
    this.entries.delete(id);
    this.entries.set(id, { stamp, text });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}
