import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { newArticle } from '../../core/article/schema';
import { exportDocx } from './docxExport';
import { readDocx, type DocxParagraph } from '../../testing/docxTestSupport';

const ID = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
const NOW = new Date('2025-12-11T11:00:00.000Z');

const para = (value: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
const bullets = (...items: BodyNode[]): BodyNode => ({ type: 'bulletList', content: items });
const numbered = (start: number, ...items: BodyNode[]): BodyNode => ({ type: 'orderedList', attrs: { start }, content: items });
const exportBody = async (...content: BodyNode[]) =>
  readDocx(await exportDocx(newArticle(ID, NOW, { body: { type: 'doc', content } }), { now: NOW }));

const numPr = (p: DocxParagraph) => {
  const match = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p.xml);
  return match ? { level: Number(match[1]), numId: match[2]! } : null;
};

describe('exportDocx: body blocks', () => {
  it('maps heading levels onto Heading 2 to 4, under the Title headline', async () => {
    const heading = (level: number): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: `h${level}` }] });
    const doc = await exportBody(...[1, 2, 3, 4, 5, 6].map(heading));
    expect(doc.paragraphs.map((p) => p.style)).toEqual(['Heading2', 'Heading2', 'Heading3', 'Heading4', 'Heading4', 'Heading4']);
    expect(doc.html).toBe('<h2>h1</h2><h2>h2</h2><h3>h3</h3><h4>h4</h4><h4>h5</h4><h4>h6</h4>');
  });

  it('nests lists as deeper Word list levels', async () => {
    const doc = await exportBody(bullets(item(para('outer'), numbered(1, item(para('inner')))), item(para('second'))));
    expect(doc.paragraphs.map((p) => [p.text, numPr(p)?.level])).toEqual([
      ['outer', 0],
      ['inner', 1],
      ['second', 0],
    ]);
    expect(doc.html).toBe('<ul><li>outer<ol><li>inner</li></ol></li><li>second</li></ul>');
  });

  it('starts every list at its own start number', async () => {
    const doc = await exportBody(numbered(1, item(para('a'))), para('between'), numbered(1, item(para('b'))), numbered(5, item(para('e'))));
    const ids = doc.paragraphs
      .map(numPr)
      .filter((n) => n !== null)
      .map((n) => n.numId);
    expect(new Set(ids).size).toBe(3);
    const numbering = doc.part('word/numbering.xml');
    const startOf = (numId: string) => new RegExp(`<w:num w:numId="${numId}">.*?<w:startOverride w:val="(\\d+)"/>`).exec(numbering)?.[1];
    expect(ids.map(startOf)).toEqual(['1', '1', '5']);
  });

  it('hangs an item’s later paragraphs under its text, without a second number', async () => {
    const doc = await exportBody(bullets(item(para('first'), para('more'))));
    const [first, more] = doc.paragraphs;
    expect(numPr(first!)).not.toBeNull();
    expect(numPr(more!)).toBeNull();
    expect(more!.xml).toMatch(/<w:ind w:left="720"\/>/);
  });

  it('still numbers an item that holds no paragraph', async () => {
    const doc = await exportBody(numbered(1, item(), item(bullets(item(para('nested'))))));
    expect(doc.paragraphs.map((p) => [p.text, numPr(p)?.level])).toEqual([
      ['', 0],
      ['', 0],
      ['nested', 1],
    ]);
  });

  it('writes quotes in the Quote style, even when they hold several paragraphs', async () => {
    const doc = await exportBody({ type: 'blockquote', content: [para('one'), para('two')] });
    expect(doc.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['Quote', 'one'],
      ['Quote', 'two'],
    ]);
  });

  it('keeps a code block’s lines, in a monospace style', async () => {
    const doc = await exportBody({ type: 'codeBlock', content: [{ type: 'text', text: 'line 1\n  line 2' }] });
    expect(doc.paragraphs.map((p) => [p.style, p.text])).toEqual([['CodeBlock', 'line 1\n  line 2']]);
    expect(doc.part('word/styles.xml')).toMatch(/w:styleId="CodeBlock">[\s\S]*?w:ascii="Consolas"/);
  });

  it('drops the editor’s empty paragraphs and keeps unknown blocks’ text', async () => {
    const doc = await exportBody(
      { type: 'paragraph' },
      para('  '),
      { type: 'callout', content: [{ type: 'text', text: 'kept' }] },
      para('end'),
    );
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['kept', 'end']);
  });

  it('turns a newline inside a text node into a line break', async () => {
    const doc = await exportBody(para('one\ntwo'));
    expect(doc.html).toBe('<p>one<br />two</p>');
  });
});
