import { retext } from 'retext';
import retextContractions from 'retext-contractions';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPassive from 'retext-passive';
import retextQuotes from 'retext-quotes';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import { capitalise, matchCase } from './newsStyle/numberWords';
import type { BlockFinding, BlockRule, Severity } from './types';

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
    plugin: retextReadability,
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see ProsePlugin.plugin.
let chain: any = retext();
for (const p of PROSE_PLUGINS) chain = chain.use(p.plugin, p.options);
const processor: ReturnType<typeof retext> = chain.freeze();
const bySource = new Map(PROSE_PLUGINS.map((p) => [p.source, p]));

function tidyReason(reason: string): string {
  // retext messages read "Unexpected `utilize`, expected `use`": keep the substance, in the desk's voice.
  return capitalise(reason.replace(/^Unexpected /, ''))
    .replace(/`([^`]*)`/g, '“$1”')
    .replace(/\bsomes cases\b/, 'some cases');
}

/** Runs every prose plugin on one block. A plugin that throws on odd input loses its findings, not the check. */
export function proseFindings(text: string): BlockFinding[] {
  if (!/[A-Za-z]/.test(text)) return [];
  const file = new VFile(text);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    // The news-style rules still ran; say that these did not, rather than pass the paragraph silently.
    return [
      {
        ruleId: 'prose.failed',
        severity: 'suggestion',
        from: 0,
        to: 0,
        text: '',
        message: `The prose checks could not read this paragraph (${(error as Error).message}).`,
      },
    ];
  }
  const findings: BlockFinding[] = [];
  for (const message of file.messages) {
    const plugin = bySource.get(message.source ?? '');
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    const end = message.place && 'end' in message.place ? message.place.end : undefined;
    if (!plugin || start?.offset === undefined || plugin.keep?.(message.reason) === false) continue;
    const from = start.offset;
    const to = end?.offset ?? from;
    const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
    // Only a single expected value is a safe fix; a list of alternatives needs an editor's judgement.
    // Plugins suggest lower case ("the" for "The the"); the copy's capital at the start is kept.
    const replacement = expected.length === 1 && plugin.id !== 'prose.readability' ? matchCase(text.slice(from, to), expected[0]!) : null;
    findings.push({
      ruleId: plugin.id,
      severity: plugin.severity,
      from,
      to,
      text: text.slice(from, to),
      message: plugin.message?.(message.reason, expected) ?? tidyReason(message.reason),
      ...(replacement !== null && to > from ? { fix: { label: `Change to “${replacement}”`, replacement } } : {}),
    });
  }
  return findings;
}

export const PROSE_RULE: BlockRule = { id: 'prose', check: ({ text }) => proseFindings(text) };
