import type { BlockRule } from '../types';
import { patternRule } from './patternRule';

/** Commas and periods go inside quotation marks (American style; a UK desk turns this rule off). */
const insideQuotes = patternRule({
  id: 'punctuation.inside-quotes',
  severity: 'warning',
  // A closing quote follows a non-space; a straight quote after a space opens a quotation.
  pattern: /(?<=\S)(["”])([,.])/g,
  message: 'Commas and periods go inside the quotation marks.',
  fix: (m) => `${m[2]}${m[1]}`,
});

const headlinePeriod = patternRule({
  id: 'punctuation.headline-period',
  severity: 'warning',
  fields: ['headline'],
  pattern: /(?<![.\s]|\b[A-Z])\.\s*$/g,
  message: 'A headline has no final period.',
  fix: () => '',
  fixLabel: () => 'Remove the period',
});

/** "U.S." → "US". At a sentence's end the period stays; before a capital it could be either, so no fix. */
const abbreviationPoints = patternRule({
  id: 'punctuation.abbreviation-points',
  severity: 'warning',
  pattern: /\b(U)\.(S|K|N)\./g,
  message: (m) => `Write “${m[1]}${m[2]}” without points.`,
  fix: (m, text) => {
    const after = text.slice(m.index + m[0].length);
    if (after === '' || /^["”’)]*$/.test(after)) return `${m[1]}${m[2]}.`;
    if (/^\s+[A-Z]/.test(after)) return null;
    return `${m[1]}${m[2]}`;
  },
});

export const PUNCTUATION_RULES: readonly BlockRule[] = [insideQuotes, headlinePeriod, abbreviationPoints];
