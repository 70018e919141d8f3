import { describe, expect, it } from 'vitest';
import { Schema, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { BlockSpelling } from './blockSpelling';

const schema = new Schema({
  nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'inline*' }, text: { group: 'inline' } },
});
const docOf = (...texts: string[]) =>
  schema.node(
    'doc',
    null,
    texts.map((t) => schema.node('paragraph', null, t ? [schema.text(t)] : [])),
  );

/** A dictionary that knows every word but the ones given, and records what it was asked. */
function fakeService(wrong: string[]) {
  const asked: string[][] = [];
  return {
    asked,
    wrongWords: async (words: Iterable<string>) => {
      const list = [...words];
      asked.push(list);
      return new Set(list.filter((w) => wrong.includes(w)));
    },
  };
}

const shown = (doc: PMNode, words: Array<{ word: string; from: number; to: number }>) =>
  words.map((w) => [w.word, doc.textBetween(w.from, w.to)]);

describe('spelling checked a block at a time', () => {
  it('asks only for the words of the blocks an edit changed, and places every underline in the new text', async () => {
    const service = fakeService(['teh', 'wrnog', 'speling']);
    const spelling = new BlockSpelling(service);
    const first = EditorState.create({ doc: docOf('teh first paragraph', 'a quiet middle', 'the wrnog end') });
    const before = await spelling.misspeltWords(first.doc, 100);
    expect(shown(first.doc, before)).toEqual([
      ['teh', 'teh'],
      ['wrnog', 'wrnog'],
    ]);
    expect(service.asked).toHaveLength(1);

    // Typing in the first paragraph moves the words after it: only that paragraph is read and asked again.
    const typed = first.apply(first.tr.insertText('bad speling ', 1)).doc;
    const after = await spelling.misspeltWords(typed, 100);
    expect(service.asked[1]).toEqual(['bad', 'speling', 'teh', 'first', 'paragraph']);
    expect(shown(typed, after)).toEqual([
      ['speling', 'speling'],
      ['teh', 'teh'],
      ['wrnog', 'wrnog'],
    ]);
    // Nothing changed: nothing is asked.
    await spelling.misspeltWords(typed, 100);
    expect(service.asked[2]).toEqual([]);
  });

  it('checks every block again once the dictionaries change, and keeps to the limit in reading order', async () => {
    const service = fakeService(['teh', 'wrnog']);
    const spelling = new BlockSpelling(service);
    const doc = docOf('teh one', 'wrnog two', 'teh three');
    expect((await spelling.misspeltWords(doc, 2)).map((w) => w.word)).toEqual(['teh', 'wrnog']);
    spelling.forget();
    await spelling.misspeltWords(doc, 2);
    expect(service.asked[1]).toEqual(['teh', 'one', 'wrnog', 'two', 'teh', 'three']);
  });
});
