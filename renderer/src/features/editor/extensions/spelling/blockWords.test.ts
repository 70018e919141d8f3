import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { documentWords } from './blockWords';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true },
  },
  marks: { bold: {}, code: {}, deletion: {} },
});
const p = (...content: ReturnType<typeof schema.text>[]) => schema.node('paragraph', null, content);
const t = (text: string, ...marks: string[]) =>
  schema.text(
    text,
    marks.map((m) => schema.mark(m)),
  );

describe('documentWords', () => {
  it('places each word at its document position across blocks and marks', () => {
    const doc = schema.node('doc', null, [p(t('tset of ')), p(t('te'), t('h', 'bold'), t(' speling'))]);
    const placed = documentWords(doc);
    expect(placed.map((w) => w.word)).toEqual(['tset', 'of', 'teh', 'speling']);
    for (const w of placed) expect(doc.textBetween(w.from, w.to)).toBe(w.word);
  });

  it('skips code and text a suggestion deletes, and a line break separates words', () => {
    const doc = schema.node('doc', null, [
      p(t('npm '), t('teh', 'code'), t(' wrng', 'deletion'), t('one'), schema.node('hardBreak'), t('two')),
    ]);
    expect(documentWords(doc).map((w) => w.word)).toEqual(['npm', 'one', 'two']);
  });
});
