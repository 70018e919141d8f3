import type { BodyNode } from '../../core/article/bodySchema';
import type { ArticleStatus } from '../../core/article/schema';
import type { ArticleFields } from '../../backend/store/storeOptions';
import { ADJECTIVES, CITIES, CONNECTORS, FIRST_NAMES, NOUNS, PREPOSITIONS, ROLES, SECTIONS, SYLLABLES, TAGS, VERBS } from './wordBank';

/** The phrase one seeded article carries, so an e2e spec can search for something known to exist. */
export const KNOWN_PHRASE = 'zebra crossing referendum in Valparaiso';

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same library. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Favours the front of the list, so a few words are common and most are rare (roughly Zipf-like). */
  skewed<T>(items: readonly T[]): T {
    const r = this.next();
    return items[Math.floor(r * r * items.length)]!;
  }
}

const STATUS_WEIGHTS: Array<[ArticleStatus, number]> = [
  ['published', 0.55],
  ['draft', 0.15],
  ['editing', 0.12],
  ['ready', 0.1],
  ['spiked', 0.08],
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unhyphen = (s: string) => s.replace(/-/g, ' ');
const a_ = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

function properName(rng: Rng, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += rng.pick(SYLLABLES);
  return capital(name);
}

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${properName(rng, rng.int(2, 3))}`;
}

function place(rng: Rng): string {
  return rng.chance(0.6) ? capital(unhyphen(rng.pick(CITIES).toLowerCase())) : properName(rng, 3);
}

function amount(rng: Rng): string {
  const n = rng.int(2, 950);
  return rng.pick([`${n} per cent`, `£${n}m`, `$${n}bn`, `${n},000`, `${n}`, `€${n} million`]);
}

/** One sentence from a handful of shapes; varied enough that snippets and searches look like news. */
export function sentence(rng: Rng): string {
  const n = () => rng.skewed(NOUNS);
  const v = () => rng.skewed(VERBS);
  const a = () => unhyphen(rng.skewed(ADJECTIVES));
  const p = () => unhyphen(rng.pick(PREPOSITIONS));
  switch (rng.int(0, 6)) {
    case 0:
      return `The ${a()} ${n()} ${v()} the ${n()} ${p()} the ${n()}.`;
    case 1:
      return `${capital(rng.pick(CONNECTORS))}, ${personName(rng)}, ${a_(unhyphen(rng.pick(ROLES)))}, ${v()} that the ${n()} had ${v()} the ${a()} ${n()}.`;
    case 2:
      return `Officials in ${place(rng)} ${v()} ${a_(a())} ${n()} worth ${amount(rng)} ${p()} the ${n()}.`;
    case 3:
      return `The ${n()} ${v()} by ${amount(rng)} ${p()} the ${a()} ${n()}, according to the ${n()}.`;
    case 4:
      return `${capital(a())} ${n()} ${v()} ${p()} ${place(rng)}, where the ${n()} ${v()} the ${n()} and the ${n()}.`;
    case 5:
      return `It ${v()} the ${n()} ${p()} ${a_(a())} ${n()}.`;
    default:
      return `${personName(rng)} ${v()} the ${a()} ${n()} ${p()} the ${n()} in ${place(rng)}, and ${v()} the ${n()} ${p()} ${amount(rng)}.`;
  }
}

function quote(rng: Rng): string {
  const said = sentence(rng).replace(/\.$/, '');
  return `“${said},” said ${personName(rng)}, the ${unhyphen(rng.pick(ROLES))}.`;
}

const text = (t: string): BodyNode => ({ type: 'text', text: t });
const para = (t: string): BodyNode => ({ type: 'paragraph', content: [text(t)] });
const wordsIn = (t: string) => t.split(' ').length;

/** A body of about `targetWords` words: paragraphs of varied sentences, with quotes, headings and lists. */
export function generateBody(rng: Rng, targetWords: number, extraSentence?: string): BodyNode {
  const content: BodyNode[] = [];
  let words = 0;
  let sinceHeading = 0;
  while (words < targetWords) {
    if (targetWords > 800 && sinceHeading > rng.int(6, 12)) {
      const heading = capital(`${rng.skewed(ADJECTIVES)} ${rng.skewed(NOUNS)} ${rng.pick(PREPOSITIONS)} ${place(rng)}`);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [text(unhyphen(heading))] });
      words += wordsIn(heading);
      sinceHeading = 0;
      continue;
    }
    const roll = rng.next();
    let block: BodyNode;
    let added = '';
    if (roll < 0.15) {
      added = quote(rng);
      block = para(added);
    } else if (roll < 0.19) {
      const items = Array.from({ length: rng.int(3, 5) }, () => sentence(rng));
      added = items.join(' ');
      block = { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [para(item)] })) };
    } else if (roll < 0.21) {
      added = quote(rng);
      block = { type: 'blockquote', content: [para(added)] };
    } else {
      const sentences = Array.from({ length: rng.int(2, 5) }, () => sentence(rng));
      added = sentences.join(' ');
      // A bold lead-in now and then, so bodies carry marks as real ones do.
      block = rng.chance(0.05)
        ? { type: 'paragraph', content: [{ ...text(sentences[0]!), marks: [{ type: 'bold' }] }, text(` ${sentences.slice(1).join(' ')}`)] }
        : para(added);
    }
    content.push(block);
    words += wordsIn(added);
    sinceHeading += 1;
  }
  if (extraSentence) content.splice(Math.min(2, content.length), 0, para(extraSentence));
  return { type: 'doc', content };
}

/** 300 to 3,000 words, most stories nearer the short end, as on a news site. */
export function storyLength(rng: Rng): number {
  const r = rng.next();
  return Math.round(300 + 2700 * r * r);
}

function status(rng: Rng): ArticleStatus {
  let r = rng.next();
  for (const [value, weight] of STATUS_WEIGHTS) {
    if ((r -= weight) < 0) return value;
  }
  return 'draft';
}

export interface GeneratedArticle {
  fields: ArticleFields;
  /** When the store's clock should say the article was created. */
  createdAt: Date;
}

export interface GenerateOptions {
  words?: number;
  knownPhrase?: boolean;
  /** Articles are spread over the year before this moment; by default 1 January 2026, in the past, so
   *  anything saved today sorts above the whole generated library. */
  until?: Date;
}

export function generateArticle(rng: Rng, options: GenerateOptions = {}): GeneratedArticle {
  const until = (options.until ?? new Date('2026-01-01T00:00:00.000Z')).getTime();
  const createdAt = new Date(until - Math.floor(rng.next() * 365 * 24 * 3600 * 1000));
  const section = rng.pick(SECTIONS);
  const city = rng.pick(CITIES);
  const headlineCore = `${capital(rng.skewed(NOUNS))} ${rng.skewed(VERBS)} ${rng.skewed(ADJECTIVES)} ${rng.skewed(NOUNS)} ${rng.pick(PREPOSITIONS)} ${place(rng)}`;
  const headline = unhyphen(options.knownPhrase ? `${headlineCore}: ${KNOWN_PHRASE} passes` : headlineCore);
  const articleStatus = options.knownPhrase ? 'published' : status(rng);
  const published = articleStatus === 'published' ? new Date(createdAt.getTime() + rng.int(1, 48) * 3600 * 1000) : null;
  const tags = Array.from(new Set(Array.from({ length: rng.int(0, 5) }, () => rng.skewed(TAGS))));
  const extra = options.knownPhrase ? `Voters backed the ${KNOWN_PHRASE} by a narrow margin on Sunday.` : undefined;
  return {
    createdAt,
    fields: {
      section,
      headline,
      standfirst: sentence(rng),
      byline: rng.chance(0.9) ? `By ${personName(rng)}` : `${personName(rng)} and ${personName(rng)}`,
      dateline: `${unhyphen(city)}, ${createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })}`,
      body: generateBody(rng, options.words ?? storyLength(rng), extra),
      tags,
      status: articleStatus,
      publishedAt: published ? new Date(Math.min(published.getTime(), until)).toISOString() : null,
      source: rng.chance(0.3) ? `Additional reporting by ${personName(rng)}` : '',
      language: 'en',
    },
  };
}
