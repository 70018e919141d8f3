/**
 * A count with its noun, singular for exactly one: "1 error", "0 errors", "2,345 words". The one home for
 * count labels in the app and the CLI; `many` for nouns that do not just take an "s" ("entry", "entries").
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
