import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorState } from '@tiptap/pm/state';
import { Node as PmNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import type { Finding } from '../../../../core/checks/types';
import { checksKey, checksPlugin } from './checkDecorations';

const schema = getSchema([StarterKit]);
const paragraphs = ['Smith stated the plan.', 'A quiet middle paragraph.', 'It rose 3 percent on Oct. 4th.'];

function start(): EditorState {
  const doc = PmNode.fromJSON(schema, {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  });
  return EditorState.create({ schema, doc, plugins: [checksPlugin()] });
}

/** A fresh copy each time, as every result from the worker is. */
function findings(message = '"said", not "stated"'): Finding[] {
  return [
    { ruleId: 'said', severity: 'warning', field: 'body', block: 0, from: 6, to: 12, text: 'stated', message },
    { ruleId: 'percent', severity: 'warning', field: 'body', block: 2, from: 8, to: 17, text: '3 percent', message: 'Use %' },
    { ruleId: 'ordinal', severity: 'error', field: 'body', block: 2, from: 26, to: 29, text: '4th', message: 'No ordinal' },
  ];
}

const underlines = (state: EditorState): Decoration[] => checksKey.getState(state)!.find();
const withFindings = (state: EditorState, list: Finding[]) => state.apply(state.tr.setMeta(checksKey, list));

describe('check underlines', () => {
  it('underlines each finding on its text', () => {
    const state = withFindings(start(), findings());
    expect(underlines(state).map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['stated', '3 percent', '4th']);
  });

  it('maps the underlines through typing instead of rebuilding them', () => {
    const checked = withFindings(start(), findings());
    const before = underlines(checked);
    const typed = checked.apply(checked.tr.insertText('very ', 1 + paragraphs[0]!.length + 2 + 2));
    const after = underlines(typed);
    expect(after.map((d) => typed.doc.textBetween(d.from, d.to))).toEqual(['stated', '3 percent', '4th']);
    // Same decoration types: the view sees equal decorations and redraws nothing outside the edit.
    expect(after.map((d) => d.type)).toEqual(before.map((d) => d.type));
  });

  it('keeps the drawn underline of a finding that a new result repeats, and replaces only what changed', () => {
    const checked = withFindings(start(), findings());
    const before = underlines(checked);
    const again = withFindings(checked, findings('"said" is neutral'));
    const after = underlines(again);
    // ProseMirror redraws a decoration whose type (attributes and spec) is not the one drawn before.
    expect(after[0]!.type).not.toBe(before[0]!.type);
    expect(after[0]!.spec.finding.message).toBe('"said" is neutral');
    expect(after.slice(1).map((d) => [d.from, d.to])).toEqual(before.slice(1).map((d) => [d.from, d.to]));
    expect(after[1]!.type).toBe(before[1]!.type);
    expect(after[2]!.type).toBe(before[2]!.type);
  });

  it('drops the underline of a finding the new result no longer has', () => {
    const checked = withFindings(start(), findings());
    const fewer = withFindings(checked, findings().slice(1));
    expect(underlines(fewer).map((d) => d.spec.finding.ruleId)).toEqual(['percent', 'ordinal']);
  });
});
