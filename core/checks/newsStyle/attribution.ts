import type { BlockFinding, BlockRule } from '../types';
import { patternRule } from './patternRule';

/** Verbs and phrases that attribute a quotation. A quote paragraph with none of them is flagged. */
export const ATTRIBUTION =
  /\b(said|says|say|saying|told|tells|added|adds|asked|asks|wrote|writes|stated|states|according to|explained|noted|posted|tweeted|quoted|statement|declared|announced|insisted|argued|warned|replied|continued|recalled|acknowledged|admitted|claimed|confirmed|denied|urged|described|called|reported|reports|cited|quipped|conceded|testified|responded|joked)\b/i;

/** A quotation long enough to be someone's words (scare quotes around a word or two are not). */
const QUOTATION = /[“"]([^“”"]+)[”"]/g;
const WORDS_FOR_A_QUOTE = 4;

const saidNotStated = patternRule({
  id: 'attribution.said',
  severity: 'warning',
  pattern: /\b(stated|exclaimed|proclaimed)\b/g,
  message: '“Said” is the neutral verb of attribution.',
  // "the stated aim" is an adjective, and a paragraph with no quotation is not attributing anything.
  skip: (m, text) =>
    /\b(the|a|an|its|his|her|their|our|your|my|as)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || !/[“”"]/.test(text),
  fix: () => 'said',
});

const WEEKDAYS_AND_MONTHS =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Today|Yesterday|Tomorrow)$/;

/** "said Smith." → "Smith said." A long title after "said" ("said the minister for …") is left alone. */
const nameBeforeSaid = patternRule({
  id: 'attribution.name-said',
  severity: 'warning',
  pattern: /\bsaid (he|she|they|[A-Z][a-z]+)(?=[.,;]|$)/g,
  message: 'Put the name first: “Smith said”, not “said Smith”.',
  skip: (m) => WEEKDAYS_AND_MONTHS.test(m[1]!),
  fix: (m) => `${m[1]} said`,
});

const saidThat = patternRule({
  id: 'attribution.said-that',
  severity: 'suggestion',
  pattern: /\bsaid that\b/g,
  message: '“Said that” can usually lose “that”.',
  fix: () => 'said',
});

/** A paragraph that quotes someone names who: "…," Smith said. */
const quoteAttributed: BlockRule = {
  id: 'attribution.unattributed-quote',
  fields: ['body', 'standfirst', 'caption'],
  check({ text }) {
    if (ATTRIBUTION.test(text)) return [];
    const findings: BlockFinding[] = [];
    for (const m of text.matchAll(QUOTATION)) {
      if (m[1]!.trim().split(/\s+/).length < WORDS_FOR_A_QUOTE) continue;
      findings.push({
        ruleId: 'attribution.unattributed-quote',
        severity: 'warning',
        from: m.index,
        to: m.index + m[0].length,
        text: m[0],
        message: 'This paragraph quotes someone but does not say who. Add the attribution (“…,” Smith said).',
      });
      break;
    }
    return findings;
  },
};

/** Whether a block's quotations are attributed; the ready-for-desk gate uses the same test. */
export function hasUnattributedQuote(text: string): boolean {
  return quoteAttributed.check({ field: 'body', text }).length > 0;
}

export const ATTRIBUTION_RULES: readonly BlockRule[] = [saidNotStated, nameBeforeSaid, saidThat, quoteAttributed];
