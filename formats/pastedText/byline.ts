import { collapseSpaces } from './text';
import { BYLINE_ROLE, NAME_PARTICLES, isKnownOutlet } from './vocabulary';

const BY = /^(?:(?:written|words|reporting|story|text|report)\s+)?by\b\s*:?\s*/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const MAX_BYLINE = 150;

function tokens(text: string): string[] {
  return text.split(/[\s,&|/]+/).filter(Boolean);
}

/**
 * Capitalised words, initials and the lower-case particles of names and roles: "Jane Smith and John Doe",
 * "TRT World staff", "Ursula von der Leyen". A verb or article ("the troops had") means prose instead.
 */
function looksLikeNames(text: string, maxTokens: number): boolean {
  const words = tokens(text);
  if (words.length === 0 || words.length > maxTokens) return false;
  if (!NAME_TOKEN.test(words[0] ?? '')) return false;
  return words.every((word) => NAME_TOKEN.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/** One person's name, two to four words, both ends capitalised. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1] ?? '';
  if (!NAME_TOKEN.test(last) || /\.$/.test(last)) return false;
  return words.every((word) => NAME_TOKEN.test(word) || (NAME_PARTICLES.has(word) && word !== 'and'));
}

/**
 * "By Jane Smith", "BY JANE SMITH, REUTERS", "Written by Jane Smith and John Doe in Moscow" → the names
 * without "By"; "Jane Smith, Reuters" and "Jane Smith - Moscow correspondent" → the line as written.
 * With `bare`, a lone name counts too, which is safe only inside a "name · date" meta line.
 */
export function parseByline(line: string, options: { bare?: boolean } = {}): string | null {
  const text = collapseSpaces(line);
  if (text.length > MAX_BYLINE || /\d/.test(text)) return null;
  const by = BY.exec(text);
  if (by) {
    const rest = text.slice(by[0].length).replace(/[\s|,;–—-]+$/, '');
    if (rest.length === 0 || /[.!?]$/.test(rest.replace(/\b\p{Lu}\.$/u, ''))) return null;
    return looksLikeNames(rest, 14) ? rest : null;
  }
  const split = /^(.+?)\s*(?:,|\||\s[-–—]\s)\s*(.+)$/.exec(text);
  if (split) {
    const [, name = '', tail = ''] = split;
    const tailIsOutlet = isKnownOutlet(tail) || (BYLINE_ROLE.test(tail) && tail.split(/\s+/).length <= 5);
    if (tailIsOutlet && name.split(/\s+(?:and|&)\s+/).every(looksLikePersonName)) return `${name}, ${tail}`;
  }
  if (options.bare && looksLikePersonName(text)) return text;
  return null;
}
