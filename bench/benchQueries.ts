import { KNOWN_PHRASE, personName, Rng } from '../testing/library/articleGenerator';
import { ADJECTIVES, NOUNS, TAGS, VERBS } from '../testing/library/wordBank';

const QUERY_COUNT = 200;

/** 200 queries (by default) as a desk types them: words, pairs, names, half-typed words and typos. */
export function benchQueries(seed = 7, count = QUERY_COUNT): string[] {
  const rng = new Rng(seed);
  const word = () => rng.pick([...NOUNS, ...VERBS, ...ADJECTIVES]).replace(/-/g, ' ');
  const typo = (w: string) => {
    const i = rng.int(1, Math.max(1, w.length - 2));
    return w.length < 5 ? w : `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`;
  };
  return Array.from({ length: count }, (_, i) => {
    switch (i % 8) {
      case 0:
      case 1:
        return word();
      case 2:
        return `${word()} ${word()}`;
      case 3:
        return personName(rng).split(' ')[1]!;
      case 4:
        return word().slice(0, rng.int(3, 5));
      case 5:
        return typo(word());
      case 6:
        return `${rng.pick(TAGS).replace(/-/g, ' ')} ${word()}`;
      default:
        return i === 7 ? KNOWN_PHRASE : `${word()} ${word()} ${word()}`;
    }
  });
}
