import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { newArticle, type Article } from '../../core/article/schema';
import { importMarkdown } from './markdownImport';
import type { ExportContext } from '../../core/export/exportTypes';
import { awkwardArticle, AWKWARD_BODY } from './markdownExport.fixtures';
import { exportMarkdown } from './markdownExport';
import { escapeText, inlineToMarkdown } from './markdownExportInline';

const context: ExportContext = { now: new Date('2025-12-11T10:00:00.000Z'), image: { href: 'images/putin.jpg', mimeType: 'image/jpeg' } };
const importContext = { id: '0d4f8a9e-3b1c-4c2d-8e5f-6a7b8c9d0e1f', now: new Date('2025-12-12T08:00:00.000Z') };

function roundTrip(article: Article, ctx: ExportContext = context) {
  return importMarkdown(exportMarkdown(article, ctx), importContext);
}

const doc = (...content: BodyNode[]): BodyNode => ({ type: 'doc', content });
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: Array<{ type: string; attrs?: Record<string, unknown> }>): BodyNode =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };

describe('exportMarkdown', () => {
  it('round-trips every field and every node type through importMarkdown', () => {
    const article = awkwardArticle();
    const { article: back, image, warnings } = roundTrip(article);
    expect(warnings).toEqual([]);
    expect(back.body).toEqual(article.body);
    const { id: _a, createdAt: _b, updatedAt: _c, leadImage: _d, ...fields } = article;
    const { id: _e, createdAt: _f, updatedAt: _g, leadImage: _h, ...backFields } = back;
    expect(backFields).toEqual(fields);
    expect(image).toEqual({ href: 'images/putin.jpg', caption: article.leadImage!.caption, credit: 'Reuters', alt: 'Putin at a desk' });
  });

  it('writes front matter that any YAML reader gets the same values from', () => {
    const article = awkwardArticle();
    const markdown = exportMarkdown(article, context);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;
    expect(parseYaml(yaml)).toEqual({
      slug: article.slug,
      section: 'World',
      headline: article.headline,
      standfirst: article.standfirst,
      byline: article.byline,
      dateline: 'MOSCOW',
      published: '2025-12-11T09:30:00.000Z',
      status: 'editing',
      tags: ['Russia', 'Venezuela', 'yes', '2025'],
      source: 'TRTWorld and agencies',
      language: 'en-GB',
      image: { src: 'images/putin.jpg', caption: article.leadImage!.caption, credit: 'Reuters', alt: 'Putin at a desk' },
    });
  });

  it('leaves empty fields out and writes the body as readable Markdown', () => {
    const article = newArticle(importContext.id, importContext.now, {
      headline: 'Short',
      body: doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Sub')] },
        p(
          t('Some '),
          t('bold', { type: 'bold' }),
          t(' and '),
          t('a link', { type: 'link', attrs: { href: 'https://example.com' } }),
          t('.'),
        ),
        { type: 'blockquote', content: [p(t('Quoted.'))] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('a'))] },
            { type: 'listItem', content: [p(t('b'))] },
          ],
        },
        { type: 'horizontalRule' },
      ),
    });
    expect(exportMarkdown(article, { now: context.now })).toBe(
      [
        '---',
        'headline: Short',
        'status: draft',
        'language: en',
        '---',
        '',
        '## Sub',
        '',
        'Some **bold** and [a link](https://example.com).',
        '',
        '> Quoted.',
        '',
        '- a',
        '- b',
        '',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('writes teasers as "> Related:" lines, linking library articles through articleHref', () => {
    const articleId = '1b4e28ba-2fa1-4d3b-883f-0016d3cca427';
    const article = newArticle(importContext.id, importContext.now, {
      body: doc(relatedTeaserNode({ title: 'Earlier', articleId }), relatedTeaserNode({ title: 'Unlinked', articleId })),
    });
    const markdown = exportMarkdown(article, { now: context.now, articleHref: (id) => (id === articleId ? 'earlier.md' : null) });
    expect(markdown).toContain('> Related: [Earlier](earlier.md)');
    expect(exportMarkdown(article, { now: context.now })).toContain('> Related: Unlinked');
    expect(importMarkdown(markdown, importContext).article.body.content![0]).toEqual(
      relatedTeaserNode({ title: 'Earlier', url: 'earlier.md' }),
    );
  });

  it('never lets text become Markdown syntax', () => {
    const marked = new Marked({ gfm: true });
    for (const raw of [
      '# h',
      '* x',
      '- x',
      '+ x',
      '1. x',
      '2) x',
      '> q',
      '---',
      '===',
      '***',
      '[a](b)',
      '![i](j)',
      '<b>x</b>',
      '`c`',
      '~~s~~',
      'a_b_c',
      '&amp;',
      'https://x.example',
      'www.x.example',
      'me@x.example',
      '| a | b |',
      '\\*',
    ]) {
      const html = marked.parse(escapeText(raw, true)) as string;
      expect(html.trim(), raw).toMatch(/^<p>[^<]*<\/p>$/);
    }
  });

  it('chooses Markdown delimiters only where they read back unambiguously', () => {
    const bold = { type: 'bold' };
    const italic = { type: 'italic' };
    expect(inlineToMarkdown([t('a', italic), t('b', bold)])).toBe('*a*<strong>b</strong>');
    expect(inlineToMarkdown([t('"quoted"', bold)])).toBe('<strong>"quoted"</strong>');
    expect(inlineToMarkdown([t('x', bold, italic)])).toBe('***x***');
    expect(inlineToMarkdown([t('x', bold, { type: 'strike' })])).toBe('<strong>~~x~~</strong>');
  });

  it('round-trips awkward inline mixes exactly', () => {
    const bold = { type: 'bold' };
    const italic = { type: 'italic' };
    const strike = { type: 'strike' };
    const href = { type: 'link', attrs: { href: 'https://example.com/a_(b)?c=*d*' } };
    const cases: BodyNode[][] = [
      [t('a', italic), t('b', bold, italic), t('c', bold)],
      [t('x'), t('y', bold), t('z')],
      [t('start '), t('*', bold), t(' end')],
      [t('under_score', italic), t(' '), t('2*3', bold)],
      [t('link ', href), t('bold', href, bold), t(' tail', href)],
      [t('a', italic, strike), t('b', strike)],
      [t('`ticks`', { type: 'code' }), t(' and '), t('x = `1`', { type: 'code' })],
      [t('1. not a list at the start')],
    ];
    for (const content of cases) {
      const article = newArticle(importContext.id, importContext.now, { body: doc(p(...content)) });
      expect(roundTrip(article).article.body, JSON.stringify(content)).toEqual(article.body);
    }
  });

  it('keeps adjacent lists apart and ordered lists numbered from their start', () => {
    const list = (type: string, ...items: string[]): BodyNode => ({
      type,
      content: items.map((text) => ({ type: 'listItem', content: [p(t(text))] })),
    });
    const body = doc(
      list('bulletList', 'a'),
      list('bulletList', 'b'),
      list('bulletList', 'c'),
      { ...list('orderedList', 'x'), attrs: { start: 7 } },
      list('orderedList', 'y'),
    );
    const article = newArticle(importContext.id, importContext.now, { body });
    const markdown = exportMarkdown(article, context);
    expect(markdown).toContain('- a\n\n* b\n\n- c\n\n7. x\n\n1) y');
    expect(roundTrip(article).article.body).toEqual(body);
  });

  it('exports the awkward fixture body without losing a word', () => {
    const markdown = exportMarkdown(awkwardArticle(), context);
    for (const word of ['Caracas_(city)', 'SOURCE: TRTWorld and agencies', 'TRT World - [Russia']) expect(markdown).toContain(word);
    expect(AWKWARD_BODY.content!.length).toBeGreaterThan(20);
  });
});
