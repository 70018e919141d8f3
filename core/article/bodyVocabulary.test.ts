import { describe, expect, it } from 'vitest';
import { BODY_MARK_TYPES, BODY_NODE_TYPES, isBodyMarkType, isBodyNodeType } from './bodyVocabulary';

describe('body vocabulary', () => {
  it('knows every node type the editor produces', () => {
    for (const type of BODY_NODE_TYPES) expect(isBodyNodeType(type)).toBe(true);
    expect(isBodyNodeType('relatedTeaser')).toBe(true);
    expect(BODY_NODE_TYPES).toHaveLength(11);
  });

  it('knows every mark type the editor produces', () => {
    for (const type of BODY_MARK_TYPES) expect(isBodyMarkType(type)).toBe(true);
    expect(BODY_MARK_TYPES).toHaveLength(6);
  });

  it('refuses types outside the vocabulary, including names on Object.prototype', () => {
    for (const type of ['codeBlock', 'image', 'superscript', '', 'Paragraph', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(isBodyNodeType(type)).toBe(false);
      expect(isBodyMarkType(type)).toBe(false);
    }
  });

  it('keeps node and mark types apart', () => {
    expect(isBodyNodeType('bold')).toBe(false);
    expect(isBodyMarkType('paragraph')).toBe(false);
  });
});
