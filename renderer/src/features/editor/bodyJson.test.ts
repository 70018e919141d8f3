import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { Node as PmNode } from '@tiptap/pm/model';
import { countWords } from '../../../../core/text/stats';
import { generateBody, Rng } from '../../../../testing/library/articleGenerator';
import { bodyExtensions } from './extensions/index';
import { bodyJson } from './bodyJson';
import { bodyWordCount } from './bodyWordCount';

const schema = getSchema(bodyExtensions({ onRequestInsert: () => undefined, onRequestEdit: () => undefined }));

function longStory(): EditorState {
  return EditorState.create({ schema, doc: PmNode.fromJSON(schema, generateBody(new Rng(7), 3_000)) });
}

/** Types a word at the end of the n-th top-level block. */
function typeInBlock(state: EditorState, n: number, text: string): EditorState {
  let end = 0;
  state.doc.forEach((child, offset, index) => {
    if (index === n) end = offset + child.nodeSize - 1;
  });
  return state.apply(state.tr.insertText(text, end));
}

describe('bodyJson', () => {
  it('equals the document’s own JSON, before and after an edit', () => {
    const state = longStory();
    expect(bodyJson(state.doc)).toEqual(state.doc.toJSON());
    const typed = typeInBlock(state, 5, ' and more');
    expect(bodyJson(typed.doc)).toEqual(typed.doc.toJSON());
  });

  it('serialises again only the block a keystroke changed, not the whole body', () => {
    const state = longStory();
    const before = bodyJson(state.doc).content!;
    const after = bodyJson(typeInBlock(state, 5, 'x').doc).content!;
    expect(after).toHaveLength(before.length);
    const reserialised = after.filter((block, i) => block !== before[i]);
    expect(reserialised).toEqual([after[5]]);
    expect(JSON.stringify(after[5])).toContain('x');
  });
});

describe('bodyWordCount', () => {
  it('counts what countWords counts over the whole text, and follows edits', () => {
    const state = longStory();
    const whole = (doc: PmNode) => countWords(doc.textBetween(0, doc.content.size, '\n', ' '));
    expect(bodyWordCount(state.doc)).toBe(whole(state.doc));
    const typed = typeInBlock(state, 3, ' three more words');
    expect(bodyWordCount(typed.doc)).toBe(whole(state.doc) + 3);
    expect(bodyWordCount(typed.doc)).toBe(whole(typed.doc));
  });
});
