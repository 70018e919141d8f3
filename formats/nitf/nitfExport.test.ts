import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import type { Article } from '../../core/article/schema';
import { exportContext, FULL_ID, fullArticle, minimalArticle, RELATED_ID } from '../../testing/testArticles';
import { exportNitf, nitfDate } from './nitfExport';

const xsd = resolve(dirname(fileURLToPath(import.meta.url)), '../../testing/standards/nitf/nitf-3-6.xsd');
const dir = mkdtempSync(join(tmpdir(), 'copydesk-nitf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function expectValid(xml: string): void {
  const file = join(dir, `export-${(files += 1)}.xml`);
  writeFileSync(file, xml, 'utf8');
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  expect(result.error).toBeUndefined();
  expect(result.stderr).toContain('validates');
  expect(result.status, result.stderr).toBe(0);
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
const parse = (xml: string) => parseDocument(xml, { xmlMode: true });
const all = (root: Parameters<typeof DomUtils.getElementsByTagName>[1], name: string): Element[] =>
  DomUtils.getElementsByTagName(name, root, true);
const one = (root: Parameters<typeof DomUtils.getElementsByTagName>[1], name: string): Element => {
  const found = all(root, name);
  expect(found, `<${name}>`).toHaveLength(1);
  return found[0]!;
};
const text = (node: Element): string => DomUtils.textContent(node);
const elements = (node: Element): Element[] => DomUtils.getChildren(node).filter((c): c is Element => c.type === ElementType.Tag);
const childNames = (node: Element): string[] => elements(node).map((c) => c.name);

describe('exportNitf', () => {
  it('the schema check does refuse invalid NITF', () => {
    const file = join(dir, 'invalid.xml');
    writeFileSync(file, '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><p>loose</p></body></nitf>');
    const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('fails to validate');
  });

  it('is valid NITF 3.6 for a full and a minimal article', () => {
    expectValid(exportNitf(fullArticle(), exportContext()));
    expectValid(exportNitf(minimalArticle(), exportContext(false)));
  });

  it('puts the metadata in head and docdata', () => {
    const doc = parse(exportNitf(fullArticle(), exportContext()));
    const nitf = one(doc, 'nitf');
    expect(nitf.attribs).toMatchObject({ xmlns: 'http://iptc.org/std/NITF/2006-10-18/', baselang: 'en-GB' });
    expect(childNames(nitf)).toEqual(['head', 'body']);
    const head = one(doc, 'head');
    expect(childNames(head)).toEqual(['title', 'docdata', 'pubdata']);
    expect(text(one(head, 'title'))).toBe(fullArticle().headline);
    expect(one(head, 'docdata').attribs['management-status']).toBe('usable');
    expect(one(head, 'doc-id').attribs).toEqual({ regsrc: 'Copydesk', 'id-string': FULL_ID });
    expect(one(head, 'date.issue').attribs.norm).toBe('20251211T101530Z');
    expect(one(head, 'date.release').attribs.norm).toBe('20251211T100000Z');
    expect(one(head, 'du-key').attribs.key).toBe('putin-maduro-call');
    expect(all(one(head, 'key-list'), 'keyword').map((k) => k.attribs.key)).toEqual(fullArticle().tags);
    expect(one(head, 'pubdata').attribs).toMatchObject({ 'position.section': 'WORLD', 'unit-of-measure': 'word' });
  });

  it('puts headline, standfirst, byline and dateline in body.head and the source in body.end', () => {
    const doc = parse(exportNitf(fullArticle(), exportContext()));
    const bodyHead = one(doc, 'body.head');
    expect(childNames(bodyHead)).toEqual(['hedline', 'byline', 'dateline']);
    expect(text(one(bodyHead, 'hl1'))).toBe(fullArticle().headline);
    expect(text(all(bodyHead, 'hl2')[0]!)).toBe(fullArticle().standfirst);
    expect(text(one(bodyHead, 'byline'))).toBe("Staff & Agencies' Desk");
    expect(text(one(bodyHead, 'dateline'))).toBe('MOSCOW / CARACAS');
    expect(childNames(one(doc, 'body'))).toEqual(['body.head', 'body.content', 'body.end']);
    expect(text(one(one(doc, 'body.end'), 'tagline'))).toBe('SOURCE: TRTWorld and agencies');
  });

  it('writes the lead image first in the body as media with caption and credit', () => {
    const content = one(parse(exportNitf(fullArticle(), exportContext())), 'body.content');
    const media = elements(content)[0]!;
    expect(media.name).toBe('media');
    expect(media.attribs['media-type']).toBe('image');
    expect(one(media, 'media-reference').attribs).toEqual({
      source: 'https://cdn.example.com/images/putin-call.jpg',
      'mime-type': 'image/jpeg',
      'alternate-text': 'Vladimir Putin at a desk during a phone call',
    });
    expect(text(one(media, 'media-caption'))).toBe(fullArticle().leadImage!.caption);
    expect(text(one(media, 'media-producer'))).toBe('Reuters');
  });

  it('names the stored asset when the exporter gives no image address', () => {
    const doc = parse(exportNitf(fullArticle(), exportContext(false)));
    expect(one(doc, 'media-reference').attribs).toMatchObject({ source: `${'a'.repeat(64)}.jpg`, 'mime-type': 'image/jpeg' });
  });

  it('maps every body node and mark to its NITF element', () => {
    const xml = exportNitf(fullArticle(), exportContext());
    const content = one(parse(xml), 'body.content');
    expect(childNames(content)).toEqual(['media', 'p', 'p', 'hl2', 'bq', 'block', 'ul', 'ol', 'hr', 'p', 'block', 'p', 'block']);
    const ems = all(content, 'em').map((em) => `${em.attribs.class}:${text(em)}`);
    expect(ems).toEqual(['bold:United States', 'italic:oil tanker', 'underline:Venezuelan', 'strike:latest', 'code:tanker.log']);
    expect(xml).toContain('<a href="https://example.com/read-out?a=1&amp;b=2">the Kremlin read-out</a>');
    expect(text(elements(content).find((c) => c.name === 'hl2')!)).toBe('Energy & trade: "deeper" ties <2025>');
    const quote = one(content, 'bq');
    expect(childNames(quote)).toEqual(['block']);
    expect(all(quote, 'p').map(text)[1]).toBe('Кремль: «солидарность» — 87 people, 22 strikes 🇻🇪');
    const child = (name: string) => elements(content).find((c) => c.name === name)!;
    expect(all(child('ul'), 'li').map(text)).toEqual(['Trade & economy', 'Energy, finance and "cultural-humanitarian" spheres']);
    expect(all(child('ol'), 'li')).toHaveLength(2);
    expect(xml).toContain('denies.<br/>Maduro');
  });

  it('writes Related teasers as sidebar blocks and the related list after the copy', () => {
    const content = one(parse(exportNitf(fullArticle(), exportContext())), 'body.content');
    const blocks = elements(content).filter((c) => c.name === 'block');
    expect(blocks.map((b) => b.attribs.class)).toEqual(['related-teaser', 'related-teaser', 'related']);
    expect(text(one(blocks[0]!, 'p'))).toBe("Related: Russia maintains 'constant contact' with Venezuela as Caribbean tensions mount");
    expect(one(blocks[0]!, 'a').attribs.href).toBe('https://www.trtworld.com/world/russia-venezuela');
    expect(text(one(blocks[0]!, 'datasource'))).toBe('TRT World');
    expect(one(blocks[1]!, 'a').attribs.href).toBe(`https://news.example.com/articles/${RELATED_ID}`);
    expect(all(blocks[2]!, 'li').map(text)).toEqual([
      "TRT World - Russia maintains 'constant contact' with Venezuela",
      'Earlier: Maduro visits Moscow',
    ]);
  });

  it('escapes awkward characters everywhere and drops those XML cannot carry', () => {
    const awkward = `Tom & "Jerry" <b>'s</b> ]]> café \u0007bell \uD800lone 😀`;
    const expected = `Tom & "Jerry" <b>'s</b> ]]> café bell lone 😀`;
    const article: Article = {
      ...fullArticle(),
      headline: awkward,
      standfirst: awkward,
      byline: awkward,
      dateline: awkward,
      source: awkward,
      section: awkward.slice(0, 40),
      slug: awkward,
      tags: [awkward],
      leadImage: { ...fullArticle().leadImage!, caption: awkward, credit: awkward, alt: `${awkward}\nline two` },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: awkward, marks: [{ type: 'bold' }] }] }] },
    };
    const xml = exportNitf(article, exportContext());
    expectValid(xml);
    const doc = parse(xml);
    for (const name of ['title', 'hl1', 'byline', 'dateline', 'media-caption', 'media-producer', 'em'])
      expect(text(one(doc, name))).toBe(expected);
    expect(text(one(doc, 'tagline'))).toBe(`SOURCE: ${expected}`);
    expect(one(doc, 'keyword').attribs.key).toBe(expected);
    expect(xml).toContain('alternate-text="Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; ]]&gt; café bell lone 😀&#10;line two"');
  });

  it('stays valid for nested lists, multi-paragraph items, teasers inside lists and unsafe links', () => {
    const p = (t: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
    const body: BodyNode = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [p('one'), p('one, again'), { type: 'orderedList', content: [{ type: 'listItem', content: [p('nested')] }] }],
            },
            { type: 'listItem', content: [relatedTeaserNode({ title: 'In a list', url: 'https://example.com', outlet: 'X' })] },
          ],
        },
        { type: 'blockquote', content: [relatedTeaserNode({ title: 'In a quote', articleId: RELATED_ID })] },
        { type: 'paragraph', content: [{ type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'paragraph' },
        { type: 'bulletList', content: [] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'a < b\n  c' }] },
        { type: 'mystery', content: [{ type: 'text', text: 'unknown block keeps its text' }] },
      ],
    };
    const xml = exportNitf({ ...minimalArticle(), body }, exportContext(false));
    expectValid(xml);
    expect(xml).toContain('<li><p>one</p><p>one, again</p><ol><li>nested</li></ol></li>');
    expect(xml).toContain('<li><p class="related-teaser">Related: X - <a href="https://example.com">In a list</a></p></li>');
    expect(xml).toMatch(/<bq>\s*<block>\s*<p class="related-teaser">Related: <a href="[^"]+">In a quote<\/a><\/p>/);
    expect(xml).toContain('<p>bad</p>');
    expect(xml).not.toContain('javascript');
    expect(xml).toContain('<pre>a &lt; b\n  c</pre>');
    expect(xml).toContain('<p>unknown block keeps its text</p>');
  });

  it('normalises dates to the NITF form', () => {
    expect(nitfDate('2025-12-11T10:15:30.000Z')).toBe('20251211T101530Z');
    expect(nitfDate('2025-01-02T03:04:05Z')).toBe('20250102T030405Z');
  });
});
