import type { BlockRule } from '../types';
import { LARGE_NUMBER_WORDS, SMALL_NUMBER_WORDS, matchCase, spellNumber } from './numberWords';
import { patternRule, startsSentence } from './patternRule';

const SMALL = SMALL_NUMBER_WORDS.slice(1).join('|');
const LARGE = [...LARGE_NUMBER_WORDS.keys()].join('|');
const digitOf = (word: string): string => String(SMALL_NUMBER_WORDS.indexOf(word.toLowerCase() as (typeof SMALL_NUMBER_WORDS)[number]));

/** Words after a figure that keep it a figure in news style: ages, money, measures, scores, percentages. */
const FIGURE_UNITS =
  /^(years?|year-old|months?-old|percent|per|million|billion|trillion|a\.m\.|p\.m\.|am|pm|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|inch(?:es)?|cm|mm|kg|kilograms?|pounds?|ounces?|tons?|tonnes?|degrees?|points?|goals?|runs?|wickets?|seats?|votes?|mph|kph|to|and|or|out|of|in|x|by|magnitude|stars?|sets?|games?|laps?|dollars?|euros?|cents?|pence|p)\b/;

/** One to nine spelled out: "3 ministers" → "three ministers". */
const spellOneToNine = patternRule({
  id: 'numbers.spell-one-to-nine',
  severity: 'warning',
  pattern: /(?<![\d.,:/$£€#-])\b([1-9])(?= ([a-z][a-z.-]*))(?![\d.,:%])/g,
  message: 'News style spells out one to nine (figures for ages, percentages, money, measures and scores).',
  skip: (m, text) => {
    const next = text.slice(m.index + 2, m.index + 40).split(' ')[0] ?? '';
    if (FIGURE_UNITS.test(next)) return true;
    if (startsSentence(text, m.index)) return true;
    // "Chapter 3", "Oct. 4 saw", "Route 9": a capitalised word or a month before the figure names it.
    const windowStart = Math.max(0, m.index - 40);
    const before = text.slice(windowStart, m.index).trimEnd();
    const previous = before.split(/\s/).pop() ?? '';
    const previousIsName = /^[A-Z]/.test(previous) && !startsSentence(text, windowStart + before.length - previous.length);
    return previousIsName || /(No\.|no\.|aged|age|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)$/.test(previous);
  },
  fix: (m) => SMALL_NUMBER_WORDS[Number(m[1])]!,
});

/** Figures from 10: "twelve people" → "12 people" (not at the start of a sentence). */
const figuresFromTen = patternRule({
  id: 'numbers.figures-from-ten',
  severity: 'warning',
  pattern: new RegExp(`\\b(${LARGE})\\b(?![- ](?:hundred|thousand|million|billion))`, 'g'),
  message: 'News style uses figures from 10 up.',
  skip: (m, text) => startsSentence(text, m.index),
  fix: (m) => String(LARGE_NUMBER_WORDS.get(m[1]!)),
});

/** Ages are always figures: "five years old" → "5 years old", "a five-year-old" → "a 5-year-old". */
const ageFigures = patternRule({
  id: 'numbers.age-figures',
  severity: 'warning',
  pattern: new RegExp(`\\b(${SMALL})([- ]years?[- ]old)\\b`, 'gi'),
  message: 'Ages are always figures.',
  skip: (m, text) => startsSentence(text, m.index),
  fix: (m) => `${digitOf(m[1]!)}${m[2]}`,
});

/** Percentages are figures with a sign: "five percent", "3 per cent" → "5%", "3%". */
const percentWords = patternRule({
  id: 'numbers.percent-figures',
  severity: 'warning',
  pattern: new RegExp(`\\b(${SMALL}|\\d+(?:\\.\\d+)?) ?(?:percent|per cent)\\b`, 'gi'),
  message: 'Percentages are figures with the % sign: “3%”, not “3 percent”.',
  skip: (m, text) => startsSentence(text, m.index) && !/^\d/.test(m[1]!),
  fix: (m) => `${/^\d/.test(m[1]!) ? m[1] : digitOf(m[1]!)}%`,
});

/** A sentence does not start with a figure, except a year: "12 people died" → "Twelve people died". */
const sentenceStart = patternRule({
  id: 'numbers.sentence-start',
  severity: 'warning',
  pattern: /(?<![\w.,:])(\d[\d,]*)(?![\d:]|\.\d|%)\b/g,
  message: 'Spell out a number that starts a sentence (a year is fine), or rewrite the sentence.',
  skip: (m, text) => {
    if (!startsSentence(text, m.index)) return true;
    const value = Number(m[1]!.replace(/,/g, ''));
    return /^\d{4}$/.test(m[1]!) && value >= 1000 && value <= 2999;
  },
  fix: (m) => {
    const spelled = spellNumber(Number(m[1]!.replace(/,/g, '')));
    return spelled === null ? null : matchCase('A', spelled);
  },
});

export const NUMBER_RULES: readonly BlockRule[] = [spellOneToNine, figuresFromTen, ageFigures, percentWords, sentenceStart];
