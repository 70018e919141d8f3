/** Colours that read on white and on the dark theme, one per person by their name (stable across sessions). */
const PALETTE = ['#d4380d', '#1d6fd8', '#2f9e44', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'];

export function presenceColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
