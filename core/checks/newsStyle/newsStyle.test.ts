import { describe, expect, it } from 'vitest';
import { findingsIn, fixes } from '../testSupport';

describe('numbers', () => {
  it('spells out one to nine and uses figures from 10', () => {
    expect(fixes(findingsIn('Only 3 ministers and twelve MPs came.', 'numbers.'))).toEqual(['3 → three', 'twelve → 12']);
  });
  it('keeps figures for ages, percentages, measures and names', () => {
    expect(findingsIn('A 5-year-old, 3 percent, 4 km, 2 million, Chapter 3 and No. 4 came at 3 p.m.', 'numbers.spell')).toEqual([]);
  });
  it('writes ages and percentages as figures', () => {
    expect(fixes(findingsIn('The boy, five years old, won five percent and a five-year-old 3 per cent.', 'numbers.'))).toEqual([
      'five years old → 5 years old',
      'five percent → 5%',
      'five-year-old → 5-year-old',
      '3 per cent → 3%',
    ]);
  });
  it('spells out a number that starts a sentence, but not a year or an abbreviation’s period', () => {
    expect(fixes(findingsIn('12 people died. 2024 was worse. It was on Mar. 4. 7 came.', 'numbers.sentence'))).toEqual([
      '12 → Twelve',
      '7 → Seven',
    ]);
  });
  it('offers no fix for a large number at the start of a sentence', () => {
    expect(fixes(findingsIn('941 people died.', 'numbers.sentence'))).toEqual(['941 → (no fix)']);
  });
});

describe('dates and times', () => {
  it('abbreviates months with a date and spells out March to July', () => {
    expect(fixes(findingsIn('On October 4 and Mar. 4 and Sep. 9 and Jan 2.', 'dates.'))).toEqual([
      'October → Oct.',
      'Mar. → March',
      'Sep. → Sept.',
      'Jan → Jan.',
    ]);
  });
  it('spells out a month with no day and drops ordinals', () => {
    expect(fixes(findingsIn('In Oct. 2025, then Oct. 4th.', 'dates.'))).toEqual(['Oct. → October', 'Oct. 4th → Oct. 4']);
  });
  it('leaves correct dates alone', () => {
    expect(findingsIn('On Oct. 4, May 2 and in March, and Dec. 1, 2016.', 'dates.')).toEqual([]);
  });
  it('writes times as 7 a.m. and 2:30 p.m., with noon and midnight', () => {
    expect(fixes(findingsIn('At 7:00 PM, 2:30pm, 9 AM, 12 p.m., 12 a.m. and 12 noon.', 'times.'))).toEqual([
      '7:00 PM → 7 p.m.',
      '2:30pm → 2:30 p.m.',
      '9 AM → 9 a.m.',
      '12 p.m. → noon',
      '12 a.m. → midnight',
      '12 noon → noon',
    ]);
  });
  it('leaves correct times alone, also at the end of a sentence', () => {
    expect(findingsIn('It starts at 7 a.m. and ends at 2:30 p.m.', 'times.')).toEqual([]);
  });
});

describe('attribution', () => {
  it('prefers said, name first, and drops "that"', () => {
    expect(
      fixes(findingsIn('"We will win this fight," stated Jones. "It is over now," said Smith. She said that it was.', 'attribution.')),
    ).toEqual(['stated → said', 'said Smith → Smith said', 'said that → said']);
  });
  it('leaves the adjective "stated" and "said Tuesday" alone', () => {
    expect(findingsIn('The stated aim, the minister said Tuesday.', 'attribution.')).toEqual([]);
  });
  it('flags a quote paragraph with no attribution, not scare quotes', () => {
    expect(findingsIn('“We are not going anywhere at all,” the crowd chanted loudly.', 'attribution.unattributed')).toHaveLength(1);
    expect(findingsIn('He called it a “witch hunt”.', 'attribution.unattributed')).toEqual([]);
    expect(findingsIn('“We are not going anywhere at all,” Smith said.', 'attribution.unattributed')).toEqual([]);
  });
});

describe('punctuation', () => {
  it('puts commas and periods inside quotation marks', () => {
    expect(fixes(findingsIn('He said it was "fine", and then "over".', 'punctuation.'))).toEqual(['", → ,"', '". → ."']);
  });
  it('writes US, UK and UN without points, keeping a sentence’s period and refusing to guess', () => {
    expect(fixes(findingsIn('The U.K. and U.N. met. U.S. President Biden went to the U.S.', 'punctuation.'))).toEqual([
      'U.K. → UK',
      'U.N. → UN',
      'U.S. → (no fix)',
      'U.S. → US.',
    ]);
  });
});
