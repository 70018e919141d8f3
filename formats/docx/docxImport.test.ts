import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { resolveAll } from '../../core/review/resolveSuggestions';
import { listSuggestions } from '../../core/review/listSuggestions';
import { bodyPlainText } from '../../core/text/bodyText';
import { importDocx } from './docxImport';
import { comment, commentsXml, del, delR, docx, extendedXml, ins, numberingXml, p, r, rels, stylesXml } from './docxTestFiles';

const context = { id: '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date('2026-11-29T12:00:00.000Z') };
const read = (body: string, parts: Record<string, string> = {}) =>
  importDocx(docx(body, { 'word/styles.xml': stylesXml, 'word/numbering.xml': numberingXml, ...parts }), 'story.docx', context);
const messages = (result: { warnings: { message: string }[] }) => result.warnings.map((w) => w.message).join('\n');
const types = (body: BodyNode) => (body.content ?? []).map((n) => n.type);

describe('importDocx: the story', () => {
  it('reads Title, Subtitle, headings (by style name, any language), quotes, lists, links and the author', () => {
    const result = read(
      [
        p(r('Council agrees budget'), 'Title'),
        p(r('Libraries stay open.'), 'Subtitle'),
        p(r('The council met on ')) + p(`<w:hyperlink r:id="rId9">${r('Tuesday', '<w:b/>')}</w:hyperlink>`),
        p(r('Reaction'), 'Titre1'),
        p(r('“We won,” she said.'), 'HouseQuote'),
        p(r('one'), undefined, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
        p(r('one.a'), undefined, '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'),
        p(r('two'), undefined, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
      ].join(''),
      {
        'word/_rels/document.xml.rels': rels(
          '<Relationship Id="rId9" Type="hyperlink" Target="https://example.org/budget" TargetMode="External"/>',
        ),
        'docProps/core.xml':
          '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Sam Reporter</dc:creator></cp:coreProperties>',
      },
    );
    const a = result.article;
    expect([a.headline, a.standfirst, a.byline]).toEqual(['Council agrees budget', 'Libraries stay open.', 'Sam Reporter']);
    expect(types(a.body)).toEqual(['paragraph', 'paragraph', 'heading', 'blockquote', 'bulletList']);
    expect(a.body.content![1]!.content![0]).toEqual({
      type: 'text',
      text: 'Tuesday',
      marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/budget' } }],
    });
    const list = a.body.content![4]!;
    expect(list.content).toHaveLength(2);
    expect(list.content![0]!.content![1]!.type).toBe('orderedList');
    expect(messages(result)).toMatch(/document’s author/);
  });

  it('uses the first heading as the headline when there is no Title', () => {
    expect(read(p(r('Big news'), 'Titre1') + p(r('Text.'))).article.headline).toBe('Big news');
  });
});

describe('importDocx: tracked changes and comments', () => {
  it('reads insertions and deletions as suggestions with their authors, a replacement as one', () => {
    const result = read(
      p(
        r('The mayor said on ') +
          del(1, delR('Monday')) +
          ins(2, r('Tuesday')) +
          r(' that ') +
          ins(3, r('the old '), 'Bo Sub') +
          r('bridge reopens.'),
      ),
    );
    expect(listSuggestions(result.article.body)).toMatchObject([
      { kind: 'replace', author: 'Ann Desk', deleted: 'Monday', inserted: 'Tuesday' },
      { kind: 'insert', author: 'Bo Sub', inserted: 'the old ' },
    ]);
    expect(bodyPlainText(resolveAll(result.article.body, 'reject'))).toBe('The mayor said on Monday that bridge reopens.');
    expect(messages(result)).toMatch(/3 tracked changes by Ann Desk, Bo Sub came in as suggestions; none was accepted/);
  });

  it('reads an inserted paragraph break as a suggested split', () => {
    const result = read(p(r('First half.'), undefined, `<w:rPr>${ins(4, '')}</w:rPr>`) + p(r('Second half.')));
    expect(bodyPlainText(resolveAll(result.article.body, 'reject'))).toBe('First half.Second half.');
    expect(bodyPlainText(resolveAll(result.article.body, 'accept'))).toBe('First half.\n\nSecond half.');
  });

  it('reads threads, replies and resolved state from comments.xml and commentsExtended.xml', () => {
    const result = read(
      p(
        r('The ') +
          '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>' +
          r('bridge') +
          '<w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/>' +
          r(' reopens.'),
      ),
      {
        'word/comments.xml': commentsXml(
          comment(0, 'Which bridge?', 'Ann Desk', '0000000A') + comment(1, 'The old one.', 'Sam', '0000000B'),
        ),
        'word/commentsExtended.xml': extendedXml(
          '<w15:commentEx w15:paraId="0000000A" w15:done="1"/><w15:commentEx w15:paraId="0000000B" w15:paraIdParent="0000000A" w15:done="0"/>',
        ),
      },
    );
    expect(result.article.review.comments).toMatchObject([
      {
        id: 'w0',
        parentId: null,
        text: 'Which bridge?',
        resolved: true,
        quote: 'bridge',
        author: 'Ann Desk',
        date: '2026-11-29T10:05:00.000Z',
      },
      { id: 'w1', parentId: 'w0', text: 'The old one.', author: 'Sam' },
    ]);
    expect(JSON.stringify(result.article.body)).not.toContain('"w1"');
  });
});

describe('importDocx: bad input is imported faithfully or with a clear warning', () => {
  it('nested and overlapping insertions and deletions: text inserted by one and deleted by another stays visible as a deletion', () => {
    const result = read(p(r('A ') + ins(1, r('new ') + del(2, delR('wrong '), 'Bo Sub')) + r('story.')));
    const rejected = bodyPlainText(resolveAll(result.article.body, 'reject'));
    expect(rejected).toBe('A wrong story.');
    expect(bodyPlainText(resolveAll(result.article.body, 'accept'))).toBe('A new story.');
    expect(messages(result)).toMatch(/inserted by one reviewer and deleted by another/);
  });

  it('moves are a deletion and an insertion, said so', () => {
    const result = read(
      p(`<w:moveFrom w:id="1" w:author="A" w:date="2026-11-29T10:00:00Z">${delR('Moved. ')}</w:moveFrom>` + r('Stays.')) +
        p(r('End. ') + `<w:moveTo w:id="2" w:author="A" w:date="2026-11-29T10:00:00Z">${r('Moved.')}</w:moveTo>`),
    );
    expect(bodyPlainText(resolveAll(result.article.body, 'accept'))).toBe('Stays.\n\nEnd. Moved.');
    expect(bodyPlainText(resolveAll(result.article.body, 'reject'))).toBe('Moved. Stays.\n\nEnd. ');
    expect(messages(result)).toMatch(/2 moved passages/);
  });

  it('keeps a comment on deleted text anchored to it', () => {
    const result = read(
      p(r('Keep ') + '<w:commentRangeStart w:id="5"/>' + del(1, delR('this')) + '<w:commentRangeEnd w:id="5"/>' + r('.')),
      { 'word/comments.xml': commentsXml(comment(5, 'Why cut?')) },
    );
    const marked = result.article.body.content![0]!.content![1]!;
    expect(marked.marks!.map((m) => m.type).sort()).toEqual(['comment', 'deletion']);
    expect(result.article.review.comments[0]).toMatchObject({ text: 'Why cut?', quote: 'this' });
  });

  it('names a change with no author “Unknown author” rather than dropping it', () => {
    const result = read(p(r('Hello ') + ins(1, r('world'), '')));
    expect(listSuggestions(result.article.body)).toHaveLength(1);
    expect(messages(result)).toMatch(/1 tracked change had no author/);
  });

  it('reads 10,000 revisions', () => {
    // Each deletion followed by an insertion by the same author at the same moment is one replacement.
    const runs = Array.from({ length: 5000 }, (_, i) => del(2 * i, delR(`old${i} `)) + ins(2 * i + 1, r(`new${i} `))).join('');
    const result = read(p(runs));
    expect(listSuggestions(result.article.body)).toHaveLength(5000);
    expect(bodyPlainText(resolveAll(result.article.body, 'accept'))).toMatch(/^new0 new1 .* new4999 $/);
    expect(messages(result)).toMatch(/10000 tracked changes/);
  });

  it('keeps comments whose comments.xml is corrupt, with a note', () => {
    const result = read(
      p('<w:commentRangeStart w:id="3"/>' + r('bridge') + '<w:commentRangeEnd w:id="3"/>' + '<w:r><w:commentReference w:id="3"/></w:r>'),
      { 'word/comments.xml': '<w:comments><w:comment w:id="9" <<<garbage' },
    );
    expect(result.article.review.comments.find((c) => c.id === 'w3')).toMatchObject({
      quote: 'bridge',
      text: expect.stringMatching(/could not be read/),
    });
    expect(messages(result)).toMatch(/comments part.*damaged|no readable comment text/);
  });

  it('anchors a comment with no end to the rest of its paragraph', () => {
    const result = read(p(r('A ') + '<w:commentRangeStart w:id="4"/>' + r('loose end')) + p(r('Next paragraph.')), {
      'word/comments.xml': commentsXml(comment(4, 'Hmm')),
    });
    expect(result.article.review.comments[0]).toMatchObject({ quote: 'loose end' });
    expect(JSON.stringify(result.article.body.content![1])).not.toContain('comment');
    expect(messages(result)).toMatch(/anchor with no end/);
  });

  it('refuses a .doc, a password-protected file and a renamed zip with a message saying what to do', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(() => importDocx(ole, 'old.doc', context)).toThrow(/old binary Word document.*save it as .docx/);
    expect(() => importDocx(ole, 'secret.docx', context)).toThrow(/password-protected/);
    expect(() => importDocx(docx('').slice(0, 20), 'cut.docx', context)).toThrow(/damaged Word document/);
    expect(() => importDocx(new TextEncoder().encode('hello'), 'text.docx', context)).toThrow(/not a Word document/);
  });
});
