import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { RelatedTeaser } from './relatedTeaser';
import { relatedTeaserNode } from '../../../../../../core/article/relatedTeaser';

const schema = getSchema([StarterKit, RelatedTeaser]);

describe('RelatedTeaser node', () => {
  it('is a block atom in the editor schema', () => {
    const type = schema.nodes.relatedTeaser!;
    expect(type.isBlock).toBe(true);
    expect(type.isAtom).toBe(true);
  });

  it('round-trips the JSON the core writes', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before' }] },
        relatedTeaserNode({
          title: "Russia maintains 'constant contact' with Venezuela",
          outlet: 'TRT World',
          url: 'https://www.trtworld.com/x',
        }),
        relatedTeaserNode({ title: 'In the library', articleId: '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10' }),
      ],
    };
    expect(schema.nodeFromJSON(json).toJSON()).toEqual(json);
  });

  it('renders the label, outlet and title from its attributes', () => {
    const node = schema.nodeFromJSON(relatedTeaserNode({ title: 'Title', outlet: 'TRT World', url: 'https://x.test' }));
    const spec = schema.nodes.relatedTeaser!.spec.toDOM!(node) as unknown[];
    expect(JSON.stringify(spec)).toContain('"Related"');
    expect(JSON.stringify(spec)).toContain('"TRT World - "');
    expect(JSON.stringify(spec)).toContain('"data-url":"https://x.test"');
  });
});
