import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../core/article/bodySchema';
import { newArticle } from '../core/article/schema';
import { readDocx } from '../testing/docxTestSupport';
import { exportDocx } from './docx/docxExport';
import { exportMarkdown } from './markdown/markdownExport';
import { exportNitf } from './nitf/nitfExport';
import { exportPlainText } from './plaintext/plainTextExport';

/**
 * Every serialiser has a table per node and mark type (core/article/bodyVocabulary.ts) and one fallback
 * for types outside it. A body from imported JSON may use any type, including names that live on
 * Object.prototype: those must reach the fallback (keep the words), never a prototype member.
 */
const ID = '5a1d7c3e-2b4f-4e6a-9c8d-0f1e2d3c4b5a';
const NOW = new Date('2026-11-29T12:00:00.000Z');
const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

const body: BodyNode = {
  type: 'doc',
  content: [
    ...PROTO_NAMES.map((name) => ({ type: name, content: [{ type: 'text', text: `node ${name.replace(/_/g, '')}` }] })),
    {
      type: 'paragraph',
      content: PROTO_NAMES.map((name) => ({ type: 'text', text: `mark${name.replace(/_/g, '')} `, marks: [{ type: name }] })),
    },
    { type: 'footnote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'unknown block' }] }] },
  ],
};
const article = newArticle(ID, NOW, { body });
const context = { now: NOW };

async function outputs(): Promise<Record<string, string>> {
  return {
    plain: exportPlainText(article, context),
    markdown: exportMarkdown(article, context),
    nitf: exportNitf(article, context),
    docx: (await readDocx(await exportDocx(article, context))).html,
  };
}

describe('serialisers: types outside the body vocabulary', () => {
  it('keep the words of unknown and prototype-named nodes and marks, and write nothing else of them', async () => {
    for (const [format, text] of Object.entries(await outputs())) {
      for (const name of PROTO_NAMES) {
        expect(text, format).toContain(`node ${name.replace(/_/g, '')}`);
        expect(text, format).toContain(`mark${name.replace(/_/g, '')}`);
      }
      expect(text, format).toContain('unknown block');
      expect(text, format).not.toMatch(/native code|function|\[object/);
    }
  });
});
