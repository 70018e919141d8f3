import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { newArticle, type Article } from '../../core/article/schema';
import type { ExportContext, ExportImage } from '../../core/export/exportTypes';
import { exportContext, fullArticle, minimalArticle, RELATED_ID } from '../../testing/testArticles';
import { bylineText, exportDocx } from './docxExport';
import { CONTENT_HEIGHT_PX, CONTENT_WIDTH_PX } from './docxStyles';
import { makePng, readDocx } from '../../testing/docxTestSupport';

const EMU_PER_PIXEL = 9525;
const ID = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
const NOW = new Date('2025-12-11T11:00:00.000Z');

const text = (value: string, href?: string): BodyNode =>
  href ? { type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] } : { type: 'text', text: value };
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const withBody = (...content: BodyNode[]): Article => newArticle(ID, NOW, { body: { type: 'doc', content } });
const exportRead = async (article: Article, context: ExportContext = { now: NOW }) => readDocx(await exportDocx(article, context));
const media = (files: Record<string, Uint8Array>) => Object.keys(files).filter((path) => path.startsWith('word/media/'));

function imageContext(bytes: Uint8Array, mimeType: ExportImage['mimeType'] = 'image/png'): ExportContext {
  return { ...exportContext(), image: { href: 'lead', mimeType, bytes } };
}

describe('exportDocx: empty and sparse articles', () => {
  it('writes a valid document for an article with every field empty', async () => {
    for (const article of [minimalArticle(), withBody(), { ...minimalArticle(), body: { type: 'doc' } }]) {
      const bytes = await exportDocx(article, { now: NOW });
      expect(bytes).toBeInstanceOf(Uint8Array);
      const doc = await readDocx(bytes);
      expect(doc.rawText.trim()).toBe('');
      expect(doc.paragraphs.length).toBeGreaterThanOrEqual(1);
      expect(doc.part('docProps/core.xml')).toContain('<dc:creator>Copydesk</dc:creator>');
      expect(doc.part('docProps/core.xml')).not.toContain('<dc:title>');
    }
  });

  it('leaves out the lines of fields that are empty', async () => {
    const doc = await exportRead(newArticle(ID, NOW, { headline: 'Only a headline' }));
    expect(doc.paragraphs.map((p) => [p.style, p.text])).toEqual([['Title', 'Only a headline']]);
  });

  it('says "By" once, whether or not the byline already does', () => {
    expect(bylineText('Jane Doe')).toBe('By Jane Doe');
    expect(bylineText('By Jane Doe')).toBe('By Jane Doe');
    expect(bylineText('by Jane Doe')).toBe('by Jane Doe');
    expect(bylineText('Byron Kay')).toBe('By Byron Kay');
    expect(bylineText('  ')).toBe('');
  });
});

describe('exportDocx: the lead image', () => {
  it('keeps the caption and leaves the picture out when there are no bytes', async () => {
    const doc = await exportRead(fullArticle(), exportContext());
    expect(media(doc.files)).toEqual([]);
    expect(doc.paragraphs.filter((p) => p.style === 'Caption').map((p) => p.text)).toEqual([
      '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says. / Reuters',
    ]);
  });

  it('writes a caption alone or a credit alone without the separator', async () => {
    const image = { asset: null, alt: '', caption: '', credit: '' };
    const caption = await exportRead(newArticle(ID, NOW, { leadImage: { ...image, caption: 'Only words' } }));
    const credit = await exportRead(newArticle(ID, NOW, { leadImage: { ...image, credit: 'AFP' } }));
    expect(caption.paragraphs.map((p) => p.text)).toEqual(['Only words']);
    expect(credit.paragraphs.map((p) => p.text)).toEqual(['AFP']);
  });

  it('fits a tall portrait within one page, keeping its proportions', async () => {
    const doc = await exportRead(fullArticle(), imageContext(makePng(100, 1000)));
    const [, cx, cy] = (/<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(doc.documentXml) ?? []).map(Number);
    expect(cy).toBe(CONTENT_HEIGHT_PX * EMU_PER_PIXEL);
    expect(cx! / cy!).toBeCloseTo(0.1, 3);
    expect(cx).toBeLessThan(CONTENT_WIDTH_PX * EMU_PER_PIXEL);
  });

  it('takes the picture type from its bytes when the label is wrong', async () => {
    const doc = await exportRead(fullArticle(), imageContext(makePng(40, 20), 'image/jpeg'));
    expect(media(doc.files)).toEqual(['word/media/image1.png']);
  });

  it('leaves out pictures Word cannot take or that are not images, and keeps the caption', async () => {
    const webp = new Uint8Array(30);
    webp.set(
      [...'RIFF'].map((c) => c.charCodeAt(0)),
      0,
    );
    webp.set(
      [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
      8,
    );
    webp.set([99, 0, 0, 49, 0, 0], 24);
    for (const [bytes, mime] of [
      [webp, 'image/webp'],
      [new Uint8Array([1, 2, 3, 4]), 'image/png'],
      [new Uint8Array(0), 'image/png'],
    ] as const) {
      const doc = await exportRead(fullArticle(), imageContext(bytes, mime));
      expect(media(doc.files)).toEqual([]);
      expect(doc.rawText).toContain('/ Reuters');
    }
  });
});

describe('exportDocx: links', () => {
  it('writes unsafe links as plain text with no hyperlink', async () => {
    const doc = await exportRead(
      withBody(
        para(
          text('Click '),
          text('here', 'javascript:alert(1)'),
          text(' or '),
          text('there', 'java\tscript:alert(1)'),
          text(' or '),
          text('data', 'data:text/html,x'),
        ),
      ),
    );
    expect(doc.paragraphs[0]!.text).toBe('Click here or there or data');
    expect(doc.documentXml).not.toContain('<w:hyperlink');
    expect(doc.relsXml).not.toMatch(/javascript|data:/i);
    expect(doc.html).toBe('<p>Click here or there or data</p>');
  });

  it('keeps a link with a bold word in it as one hyperlink', async () => {
    const bold: BodyNode = {
      type: 'text',
      text: 'bold',
      marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example/' } }],
    };
    const doc = await exportRead(withBody(para(text('a '), text('link', 'https://a.example/'), bold, text(' end'))));
    expect(doc.documentXml.match(/<w:hyperlink /g)).toHaveLength(1);
    expect(doc.html).toBe('<p>a <a href="https://a.example/">link<strong>bold</strong></a> end</p>');
  });

  it('links Related teasers only to safe addresses or to library articles the context can name', async () => {
    const body = [
      relatedTeaserNode({ title: 'Bad', url: 'javascript:alert(1)' }),
      relatedTeaserNode({ title: 'Library', articleId: RELATED_ID }),
    ];
    const withHref = await exportRead(withBody(...body), exportContext(false));
    const without = await exportRead(withBody(...body));
    expect(withHref.html).toBe(
      `<p class="related"><strong>Related: </strong>Bad</p><p class="related"><strong>Related: </strong><a href="https://news.example.com/articles/${RELATED_ID}">Library</a></p>`,
    );
    expect(without.documentXml).not.toContain('<w:hyperlink');
    expect(without.rawText).toContain('Related: Library');
  });

  it('falls back to the library article when a related story’s URL is unsafe', async () => {
    const article = newArticle(ID, NOW, { related: [{ title: 'Story', url: 'vbscript:x', articleId: RELATED_ID }] });
    const doc = await exportRead(article, exportContext(false));
    expect(doc.html).toContain(`<li><a href="https://news.example.com/articles/${RELATED_ID}">Story</a></li>`);
  });
});

describe('exportDocx: awkward text', () => {
  const awkward = `Tom & Jerry <script>alert("x")</script> 'quoted' 🇻🇪 Ünïcödé 中文 עברית`;

  it('keeps markup characters, emoji and non-Latin scripts intact', async () => {
    const article = newArticle(ID, NOW, {
      headline: awkward,
      standfirst: awkward,
      tags: ['R&D', '<b>'],
      body: { type: 'doc', content: [para(text(awkward))] },
    });
    const doc = await exportRead(article);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([awkward, awkward, awkward]);
    expect(doc.rawText).toContain(awkward);
    const core = doc.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Tom &amp; Jerry &lt;script&gt;alert("x")&lt;/script&gt;');
    expect(core).toContain('<cp:keywords>R&amp;D; &lt;b&gt;</cp:keywords>');
  });

  it('drops characters XML cannot hold rather than writing a file Word refuses', async () => {
    const dirty = 'a\u0000b\u000bc\ud800d';
    const doc = await exportRead(newArticle(ID, NOW, { headline: dirty, body: { type: 'doc', content: [para(text(dirty))] } }));
    expect(doc.part('docProps/core.xml')).toContain('<dc:title>abc\ufffdd</dc:title>');
    expect(['\u0000', '\u000b'].filter((c) => doc.documentXml.includes(c))).toEqual([]);
    expect(doc.rawText).toMatch(/abc.?d/);
  });
});
