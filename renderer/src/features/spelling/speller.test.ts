import { describe, expect, it } from 'vitest';
import { hunspellFiles } from '../../../../testing/hunspell';
import { slipCost, Speller } from './speller';
import { spellingWords } from './spellingWords';

const us = hunspellFiles('dictionary-en');
const gb = hunspellFiles('dictionary-en-gb');

describe('spellingWords', () => {
  it('finds the words with their offsets', () => {
    expect(spellingWords('tset of teh speling')).toEqual([
      { word: 'tset', from: 0, to: 4 },
      { word: 'of', from: 5, to: 7 },
      { word: 'teh', from: 8, to: 11 },
      { word: 'speling', from: 12, to: 19 },
    ]);
  });

  it('keeps apostrophes inside a word, splits at hyphens, skips numbers, addresses and single letters', () => {
    const words = spellingWords("It’s don't re-election in the 1990s, G7 at https://example.com/teh or desk@exmaple.org a").map(
      (w) => w.word,
    );
    expect(words).toEqual(['It’s', "don't", 're', 'election', 'in', 'the', 'at', 'or']);
  });
});

describe('Speller', () => {
  const speller = new Speller([us]);

  it('flags the misspellings of the issue and passes real words, curly apostrophes included', () => {
    const wrong = spellingWords('tset of teh speling, it’s don’t').filter((w) => !speller.correct(w.word));
    expect(wrong.map((w) => w.word)).toEqual(['tset', 'teh', 'speling']);
  });

  it('ranks the likely slip first', () => {
    expect(speller.suggest('teh')[0]).toBe('the');
    expect(speller.suggest('tset')[0]).toBe('test');
    expect(speller.suggest('speling')[0]).toBe('spelling');
    expect(speller.suggest('dont')[0]).toBe("don't");
    expect(speller.suggest('dont’')).toBeInstanceOf(Array);
  });

  it('does not judge words in another script', () => {
    expect(speller.correct('Путин')).toBe(true);
    expect(speller.correct('مادورو')).toBe(true);
    expect(speller.correct('Mądurø')).toBe(false);
  });

  it('follows the ticked languages', () => {
    expect(new Speller([us]).correct('colour')).toBe(false);
    expect(new Speller([gb]).correct('colour')).toBe(true);
    expect(new Speller([us, gb]).correct('color')).toBe(true);
    // No language ticked: nothing is checked, nothing underlined.
    expect(new Speller([]).correct('tset')).toBe(true);
  });

  it('takes the user’s words as a dictionary would: a lower-case word may open a sentence, a name stays a name', () => {
    const own = new Speller([us]);
    expect(own.correct('Maduro')).toBe(false);
    own.setPersonalWords(['Maduro', 'copydesk']);
    expect(own.correct('Maduro')).toBe(true);
    expect(own.correct('maduro')).toBe(false);
    expect(own.correct('copydesk')).toBe(true);
    expect(own.correct('Copydesk')).toBe(true);
  });

  it('costs a swap and a missing apostrophe less than other edits', () => {
    expect(slipCost('teh', 'the')).toBe(0.5);
    expect(slipCost('teh', 'ten')).toBe(1);
    expect(slipCost('dont', "don't")).toBe(0.5);
    expect(slipCost('teh', 'Teh')).toBe(0.25);
  });
});
