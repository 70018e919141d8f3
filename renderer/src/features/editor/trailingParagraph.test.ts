import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../core/article/bodySchema';
import { withTrailingParagraph, withoutTrailingParagraph } from './trailingParagraph';

const p = (text?: string): BodyNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const list: BodyNode = { type: 'bulletList', content: [{ type: 'listItem', content: [p('point')] }] };
const doc = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });

describe('the paragraph the editor keeps after a final list', () => {
  it('is added on open only after a block that is not a paragraph, and taken off again for saving', () => {
    const endsInList = doc(p('Lead.'), list);
    const opened = withTrailingParagraph(endsInList);
    expect(opened).toEqual(doc(p('Lead.'), list, p()));
    expect(withoutTrailingParagraph(opened)).toEqual(endsInList);
    const heading = doc({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] });
    expect(withTrailingParagraph(heading).content).toHaveLength(2);
  });

  it('leaves stories that end in a paragraph, empty stories and typed or marked final paragraphs alone', () => {
    const plain = doc(p('One.'), p());
    expect(withTrailingParagraph(plain)).toBe(plain);
    expect(withoutTrailingParagraph(plain)).toBe(plain);
    expect(withTrailingParagraph(doc())).toEqual(doc());
    const typed = doc(list, p('After.'));
    expect(withoutTrailingParagraph(typed)).toBe(typed);
    const suggested = doc(list, { type: 'paragraph', marks: [{ type: 'insertion', attrs: { id: '1' } }] });
    expect(withoutTrailingParagraph(suggested)).toBe(suggested);
  });
});
