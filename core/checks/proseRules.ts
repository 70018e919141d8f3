import { retext } from 'retext';
import retextContractions from 'retext-contractions';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPassive from 'retext-passive';
import retextQuotes from 'retext-quotes';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import { capitalise, matchCase } from './newsStyle/numberWords';
import readability from './readability';
import type { BlockFinding, Severity } from './types';

/**
 * The general prose checks come from maintained retext plugins (see docs/checks.md for what was measured).
 * Each plugin runs on one block at a time, so an edit re-checks only the paragraphs it touched.
 */
interface ProsePlugin {
  id: string;
  severity: Severity;
  /** The plugin's retext "source" name, which its messages carry. */
  source: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's plugin types are not worth threading through.
  plugin: any;
  options?: unknown;
  message?: (reason: string, expected: readonly string[]) => string;
  /** Drops messages the desk does not want from this plugin. */
  keep?: (reason: string) => boolean;
}

/**
 * Pronouns are reported about named people in news; flagging every "he" is noise, so those entries of
 * retext-equality are ignored. The rest (gendered job titles, ableist phrasing…) stays, as a suggestion.
 */
const EQUALITY_IGNORE = [
  'he',
  'she',
  'his',
  'her',
  'hers',
  'him',
  'himself',
  'herself',
  'he-she',
  'her-him',
  'gals-men',
  'boy-girl',
  'brother-sister',
  'father-mother',
  'husband-wife',
  'king-queen',
  'man-woman',
  'boyfriend-girlfriend',
  'president',
];

export const PROSE_PLUGINS: readonly ProsePlugin[] = [
  { id: 'prose.repeated-word', severity: 'error', source: 'retext-repeated-words', plugin: retextRepeatedWords },
  { id: 'prose.a-an', severity: 'warning', source: 'retext-indefinite-article', plugin: retextIndefiniteArticle },
  // Straight or curly apostrophes are the smart-quotes rule's business; contractions only reports a missing one.
  {
    id: 'prose.contraction',
    severity: 'warning',
    source: 'retext-contractions',
    plugin: retextContractions,
    keep: (reason) => reason.includes('missing'),
  },
  { id: 'prose.smart-quotes', severity: 'suggestion', source: 'retext-quotes', plugin: retextQuotes, options: { preferred: 'smart' } },
  {
    id: 'prose.simpler',
    severity: 'suggestion',
    source: 'retext-simplify',
    plugin: retextSimplify,
    options: {
      ignore: [
        'however',
        'additional',
        'initial',
        'approximately',
        'require',
        'equivalent',
        'function',
        'type',
        'request',
        'provide',
        'multiple',
        'purchase',
        'previous',
        'state',
        'similar',
        'minimum',
        'maximum',
        'modify',
        'forward',
        'individual',
        'component',
        'contains',
        'accordingly',
        'currently',
      ],
    },
  },
  { id: 'prose.passive', severity: 'suggestion', source: 'retext-passive', plugin: retextPassive },
  {
    id: 'prose.readability',
    severity: 'suggestion',
    source: 'retext-readability',
    // retext-readability's check with its word lists in Sets (readability.ts): the same findings, ~5× faster.
    plugin: readability,
    options: { age: 18, threshold: 5 / 7, minWords: 12 },
    message: () => 'A hard sentence to read: consider splitting it.',
  },
  {
    id: 'prose.inclusive',
    severity: 'suggestion',
    source: 'retext-equality',
    plugin: retextEquality,
    options: { ignore: EQUALITY_IGNORE },
  },
];

function processorOf(plugins: readonly ProsePlugin[]): ReturnType<typeof retext> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see ProsePlugin.plugin.
  let chain: any = retext();
  for (const p of plugins) chain = chain.use(p.plugin, p.options);
  return chain.freeze();
}

/** Built once (frozen): every block runs through this one processor on the per-block path. */
export const processor = processorOf(PROSE_PLUGINS);
/**
 * The batch path (proseBatch.ts) runs retext-equality on its own: it searches per paragraph, so it gets the
 * blocks' sentences under one paragraph; the others see the real paragraphs. Equality is the last plugin,
 * so its messages still come after the others', as on the per-block path.
 */
export const EQUALITY_ID = 'prose.inclusive';
export const processorWithoutEquality = processorOf(PROSE_PLUGINS.filter((p) => p.id !== EQUALITY_ID));
export const equalityProcessor = processorOf(PROSE_PLUGINS.filter((p) => p.id === EQUALITY_ID));
if (PROSE_PLUGINS.at(-1)?.id !== EQUALITY_ID) throw new Error('retext-equality must be the last prose plugin (see proseBatch.ts).');
type VFileMessage = VFile['messages'][number];
const bySource = new Map(PROSE_PLUGINS.map((p) => [p.source, p]));

function tidyReason(reason: string): string {
  // retext messages read "Unexpected `utilize`, expected `use`": keep the substance, in the desk's voice.
  return capitalise(reason.replace(/^Unexpected /, ''))
    .replace(/`([^`]*)`/g, '“$1”')
    .replace(/\bsomes cases\b/, 'some cases');
}

/** Whether a block has anything for the prose plugins to read (no letters: nothing to say). */
export function hasProse(text: string): boolean {
  return /[A-Za-z]/.test(text);
}

/** What a block gets when the plugins threw on it: the news-style rules still ran, and the finding says these did not. */
export function proseFailed(error: unknown): BlockFinding {
  return {
    ruleId: 'prose.failed',
    severity: 'suggestion',
    from: 0,
    to: 0,
    text: '',
    message: `The prose checks could not read this paragraph (${(error as Error).message}).`,
  };
}

/**
 * Runs every prose plugin on one block: the reference path (one parse and one run per block). The Checker
 * runs many blocks at once through proseBatch.ts, which gives the same findings (tested) faster.
 * A plugin that throws on odd input loses its findings, not the check.
 */
export function proseFindings(text: string): BlockFinding[] {
  if (!hasProse(text)) return [];
  const file = new VFile(text);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    return [proseFailed(error)];
  }
  const findings: BlockFinding[] = [];
  for (const message of file.messages) {
    const finding = proseFinding(text, message, 0);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * One retext message as a finding on `text`, whose first character is at `shift` in the file the message
 * was made on; null for a message the desk does not keep (or one with no place).
 */
export function proseFinding(text: string, message: VFileMessage, shift: number): BlockFinding | null {
  const plugin = bySource.get(message.source ?? '');
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  if (!plugin || start?.offset === undefined || plugin.keep?.(message.reason) === false) return null;
  const from = start.offset - shift;
  const to = (end?.offset ?? start.offset) - shift;
  const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
  // Only a single expected value is a safe fix; a list of alternatives needs an editor's judgement.
  // Plugins suggest lower case ("the" for "The the"); the copy's capital at the start is kept.
  const replacement = expected.length === 1 && plugin.id !== 'prose.readability' ? matchCase(text.slice(from, to), expected[0]!) : null;
  return {
    ruleId: plugin.id,
    severity: plugin.severity,
    from,
    to,
    text: text.slice(from, to),
    message: plugin.message?.(message.reason, expected) ?? tidyReason(message.reason),
    ...(replacement !== null && to > from ? { fix: { label: `Change to “${replacement}”`, replacement } } : {}),
  };
}
