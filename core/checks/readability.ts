import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import type { Parent, Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import type { VFile } from 'vfile';

/**
 * retext-readability 8.0.0's check, with one change: its easy-word lists are looked up in Sets. The
 * plugin calls `Array.includes` on the Dale–Chall (2,950 words) and Spache (925) lists for every word of
 * the copy, which was a quarter of a full check of 20,000 words (~240 ms of ~1,000). It also counts each
 * word's syllables once per run (a word repeats; `syllable` singularises it with pluralize's ~100 rules
 * first), and walks the tree directly rather than with unist-util-visit, which decorates a closure for
 * every node it passes (the same nodes in the same order: sentences, not looking inside one for another,
 * and the words within each). The counts, the seven
 * formulas (the same packages the plugin imports), the thresholds and the message are the plugin's, so the
 * findings are the same (readability.test.ts runs both on real copy). Source: retext-readability, MIT,
 * © Titus Wormer.
 */
export interface ReadabilityOptions {
  /** Target age group (default 16). */
  age?: number;
  /** Check sentences with at least this many words (default 5). */
  minWords?: number;
  /** How many of the 7 formulas must agree that a sentence is hard (default 4/7). */
  threshold?: number;
}

const DALE_CHALL = new Set(daleChall);
const SPACHE = new Set(spache);

export default function readability(options: ReadabilityOptions = {}) {
  const age = options.age || 16;
  const threshold = options.threshold || 4 / 7;
  const minWords = typeof options.minWords === 'number' ? options.minWords : 5;

  return function (tree: Root, file: VFile): undefined {
    const syllablesOf = new Map<string, number>();
    for (const [sentence, parent] of sentencesOf(tree)) {
      const familiarWords = new Set<string>();
      const easyWord = new Set<string>();
      let complexPolysillabicWord = 0;
      let letters = 0;
      let polysillabicWord = 0;
      let totalSyllables = 0;
      let wordCount = 0;

      for (const node of wordsOf(sentence)) {
        const value = toString(node);
        const caseless = value.toLowerCase();
        let syllables = syllablesOf.get(value);
        if (syllables === undefined) {
          syllables = syllable(value);
          syllablesOf.set(value, syllables);
        }
        wordCount++;
        totalSyllables += syllables;
        letters += value.length;
        // Gunning fog's complex words: three or more syllables and not (by a simple test) a proper noun.
        if (syllables >= 3) {
          polysillabicWord++;
          if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
        }
        if (SPACHE.has(caseless)) familiarWords.add(caseless);
        if (DALE_CHALL.has(caseless)) easyWord.add(caseless);
      }

      if (wordCount < minWords) continue;
      const counts = {
        character: letters,
        complexPolysillabicWord,
        difficultWord: wordCount - easyWord.size,
        letter: letters,
        polysillabicWord,
        sentence: 1,
        syllable: totalSyllables,
        unfamiliarWord: wordCount - familiarWords.size,
        word: wordCount,
      };
      const scores = [
        gradeToAge(automatedReadability(counts)),
        gradeToAge(colemanLiau(counts)),
        gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
        fleschToAge(flesch(counts)),
        gradeToAge(gunningFog(counts)),
        smogToAge(smogFormula(counts)),
        gradeToAge(spacheFormula(counts)),
      ];
      const nok = scores.filter((score) => score > age).length;
      if (nok / scores.length < threshold) continue;
      const message = file.message(
        `Unexpected hard to read sentence, according to ${nok < scores.length ? `${nok} out of ` : 'all '}${scores.length} algorithms`,
        {
          ancestors: parent ? [parent, sentence] : [sentence],
          place: sentence.position,
          ruleId: 'readability',
          source: 'retext-readability',
        },
      );
      message.actual = toString(sentence);
      message.expected = [];
      message.url = 'https://github.com/retextjs/retext-readability#readme';
    }
  };
}

type Node = Root | Root['children'][number] | Parent['children'][number];

/** Every sentence in document order with its parent, not looking inside a sentence for another. */
function sentencesOf(tree: Root): [Sentence, Parent | undefined][] {
  const found: [Sentence, Parent | undefined][] = [];
  const walk = (node: Node, parent: Parent | undefined): void => {
    if (node.type === 'SentenceNode') found.push([node, parent]);
    else if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, undefined);
  return found;
}

/** Every word under a sentence, in document order (a word inside a word too, as unist-util-visit finds it). */
function wordsOf(node: Node, found: Word[] = []): Word[] {
  if (node.type === 'WordNode') found.push(node);
  if ('children' in node) for (const child of node.children) wordsOf(child, found);
  return found;
}

/** The typical (upper) age of a US school grade. */
function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}

function fleschToAge(value: number): number {
  return 20 - Math.floor(value / 10);
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5);
}
