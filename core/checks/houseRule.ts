import type { HouseEntry, HouseList } from './houseList';
import { matchCase } from './newsStyle/numberWords';
import type { BlockFinding, BlockRule } from './types';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Phrase {
  words: string[];
  entry: HouseEntry;
}

/**
 * Matches the house list word by word: the entries are indexed by their first word, so a 10,000-entry
 * list costs one map look-up per word of copy rather than one pattern per entry.
 */
export function houseRule(list: HouseList): BlockRule {
  const byFirstWord = new Map<string, Phrase[]>();
  for (const entry of list.entries) {
    const words = entry.find.toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const bucket = byFirstWord.get(words[0]!) ?? [];
    bucket.push({ words, entry });
    // Longest phrase first, so "very unique" wins over "very".
    bucket.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(words[0]!, bucket);
  }
  return {
    id: 'house',
    check({ text }) {
      if (byFirstWord.size === 0) return [];
      const tokens = [...text.matchAll(WORD)].map((m) => ({
        word: m[0],
        lower: m[0].toLowerCase(),
        from: m.index,
        to: m.index + m[0].length,
      }));
      const findings: BlockFinding[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const phrases = byFirstWord.get(tokens[i]!.lower);
        if (!phrases) continue;
        const hit = phrases.find(
          (p) =>
            p.words.every((w, k) => tokens[i + k]?.lower === w) &&
            (!p.entry.caseSensitive || text.slice(tokens[i]!.from, tokens[i + p.words.length - 1]!.to) === p.entry.find),
        );
        if (!hit) continue;
        const from = tokens[i]!.from;
        const to = tokens[i + hit.words.length - 1]!.to;
        const found = text.slice(from, to);
        const { use, note, severity } = hit.entry;
        if (use !== undefined && found === use) continue;
        const replacement = use === undefined ? null : /^[a-z]/.test(use) ? matchCase(found, use) : use;
        findings.push({
          ruleId: 'house',
          severity,
          from,
          to,
          text: found,
          message: `${use === undefined ? `House style: do not use “${found}”.` : `House style: “${use}”, not “${found}”.`}${note ? ` ${note}` : ''}`,
          ...(replacement !== null ? { fix: { label: `Change to “${replacement}”`, replacement } } : {}),
        });
        i += hit.words.length - 1;
      }
      return findings;
    },
  };
}
