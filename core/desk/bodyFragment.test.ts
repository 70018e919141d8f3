import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Mark } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BodyNode } from '../article/bodySchema';
import { fragmentToBody, updateFragment } from './bodyFragment';

/** A suggestion mark as issue 14 defines it (prosemirror-suggest-changes' names, with author and date). */
const Insertion = Mark.create({
  name: 'insertion',
  addAttributes: () => ({ id: { default: null }, author: { default: null }, date: { default: null } }),
});
const schema = getSchema([StarterKit, Insertion]);

const body: BodyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Flood' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The river ' },
        { type: 'text', text: 'rose', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' fast', marks: [{ type: 'insertion', attrs: { id: 's1', author: 'Bo', date: '2026-11-29T10:00:00Z' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'overnight.' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
    { type: 'paragraph' },
  ],
};

const fragmentOf = (b: BodyNode): Y.XmlFragment => {
  const fragment = new Y.Doc().getXmlFragment('body');
  updateFragment(fragment, b);
  return fragment;
};

describe('body as a Y.XmlFragment', () => {
  it('writes what the editor binding (@tiptap/y-tiptap) reads, marks and suggestions included', () => {
    const node = yXmlFragmentToProseMirrorRootNode(fragmentOf(body), schema);
    expect(node.toJSON()).toEqual(schema.nodeFromJSON(body).toJSON());
  });

  it('reads what the editor binding writes', () => {
    const fragment = new Y.Doc().getXmlFragment('body');
    prosemirrorJSONToYXmlFragment(schema, body, fragment);
    expect(schema.nodeFromJSON(fragmentToBody(fragment)).toJSON()).toEqual(schema.nodeFromJSON(body).toJSON());
  });

  it('round-trips the body JSON', () => {
    expect(fragmentToBody(fragmentOf(body))).toEqual(body);
  });

  it('merges two offline edits of one paragraph character by character', () => {
    const a = new Y.Doc();
    updateFragment(a.getXmlFragment('body'), body);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const edit = (doc: Y.Doc, text: string) => {
      const next = structuredClone(body);
      next.content![1]!.content![0]!.text = text;
      updateFragment(doc.getXmlFragment('body'), next);
    };
    edit(a, 'The wide river ');
    edit(b, 'The river quickly ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = fragmentToBody(a.getXmlFragment('body'));
    expect(merged).toEqual(fragmentToBody(b.getXmlFragment('body')));
    expect(merged.content![1]!.content![0]!.text).toBe('The wide river quickly ');
  });

  it('changes nothing when the body is unchanged', () => {
    const doc = new Y.Doc();
    updateFragment(doc.getXmlFragment('body'), body);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    doc.transact(() => updateFragment(doc.getXmlFragment('body'), structuredClone(body)));
    expect(updates).toBe(0);
  });
});
