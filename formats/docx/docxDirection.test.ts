import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { newArticle, type Article } from '../../core/article/schema';
import { bodyPlainText } from '../../core/text/bodyText';
import { exportDocx } from './docxExport';
import { importDocx } from './docxImport';
import { docx, p, r } from './docxTestFiles';

const context = { id: '4c6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date('2026-11-29T12:00:00.000Z') };
const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

/** An Arabic story with every kind of paragraph the exporter writes. */
function arabic(language = 'ar'): Article {
  return newArticle(context.id, new Date('2026-11-29T09:00:00.000Z'), {
    language,
    section: 'سياسة',
    headline: 'الوزير يعلن خطة جديدة',
    standfirst: 'الخطة تشمل ثلاث مراحل.',
    byline: 'سارة أحمد',
    dateline: 'القاهرة',
    source: 'رويترز',
    leadImage: { asset: null, caption: 'الوزير في المؤتمر', credit: 'رويترز', alt: '' },
    body: {
      type: 'doc',
      content: [
        para(
          t('قال الوزير '),
          t('اليوم', [{ type: 'bold' }]),
          t(' إن '),
          t('الخطة', [{ type: 'link', attrs: { href: 'https://example.org/' } }]),
          t(' جاهزة.'),
        ),
        { type: 'heading', attrs: { level: 2 }, content: [t('التفاصيل')] },
        { type: 'blockquote', content: [para(t('«سنبدأ غداً»'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(t('المرحلة الأولى'))] }] },
      ],
    },
    newsroom: {
      embargoUntil: '2026-12-01T09:00:00.000Z',
      notes: [{ kind: 'update', text: 'أضيف رد الوزارة.', at: '2026-11-30T10:00:00.000Z' }],
      withdrawal: null,
      ignoredChecks: [],
    },
  });
}

const documentOf = async (article: Article) => strFromU8(unzipSync(await exportDocx(article, { now: context.now }))['word/document.xml']!);
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => m[0]);
const textRunsOf = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:(?:t|delText)[ >](?:(?!<\/w:r>).)*<\/w:r>/g)].map((m) => m[0]);

describe('DOCX export: a right-to-left article', () => {
  it('writes w:bidi on every paragraph and w:rtl on every run of text', async () => {
    const xml = await documentOf(arabic());
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs.length).toBeGreaterThanOrEqual(11);
    expect(paragraphs.filter((x) => !x.includes('<w:bidi/>'))).toEqual([]);
    const runs = textRunsOf(xml);
    expect(runs.length).toBeGreaterThanOrEqual(15);
    expect(runs.filter((x) => !x.includes('<w:rtl/>'))).toEqual([]);
    // Bold Arabic is bold in the complex-script slot, which is the one Word uses for it.
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><w:rtl\/><\/w:rPr><w:t xml:space="preserve">اليوم<\/w:t>/);
  });

  it('writes the article’s comments right to left too', async () => {
    const article = arabic();
    article.review.comments = [
      { id: 'c1', parentId: null, author: 'منى', initials: 'م', date: '', text: 'أي خطة؟', resolved: false, quote: '' },
    ];
    const comments = strFromU8(unzipSync(await exportDocx(article, { now: context.now }))['word/comments.xml']!);
    expect(comments).toMatch(/<w:p><w:pPr><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">أي خطة؟<\/w:t>/);
  });

  it('names the language in the complex-script slot, for every RTL language tag', async () => {
    for (const language of ['ar', 'he', 'fa-IR', 'ur']) {
      const styles = strFromU8(unzipSync(await exportDocx(arabic(language), { now: context.now }))['word/styles.xml']!);
      expect(styles).toContain(`<w:lang w:val="${language}" w:bidi="${language}"/>`);
    }
  });

  it('leaves a left-to-right article without either', async () => {
    const xml = await documentOf({ ...arabic('en'), headline: 'Minister unveils plan' });
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:rtl/>');
  });

  it('a second reader (pandoc) sees the text as right to left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-rtl-'));
    try {
      writeFileSync(join(dir, 'story.docx'), await exportDocx(arabic(), { now: context.now }));
      const html = execFileSync('pandoc', ['-t', 'html', join(dir, 'story.docx')], { encoding: 'utf8' });
      expect(html).toContain('<span dir="rtl">قال الوزير <strong>اليوم</strong>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DOCX import: direction and language', () => {
  it('reads an exported Arabic article back as Arabic, with its text', async () => {
    const original = arabic();
    const back = importDocx(await exportDocx(original, { now: context.now }), 'story.docx', context);
    expect(back.article.language).toBe('ar');
    expect([back.article.headline, back.article.section, back.article.byline, back.article.source]).toEqual([
      'الوزير يعلن خطة جديدة',
      'سياسة',
      'سارة أحمد',
      'رويترز',
    ]);
    expect(bodyPlainText(back.article.body)).toBe(bodyPlainText(original.body));
    expect(back.article.newsroom).toEqual(original.newsroom);
    expect(back.warnings.filter((w) => w.field === 'language')).toEqual([]);
  });

  const bidi = (text: string) => p(r(text, '<w:rtl/>'), undefined, '<w:bidi/>');
  const stylesWithBidi = (lang: string) =>
    `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:bidi="${lang}"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

  it('a Hebrew document with no dc:language takes the complex-script language of its defaults', () => {
    const result = importDocx(
      docx(bidi('השר הודיע היום') + bidi('על תוכנית חדשה.'), { 'word/styles.xml': stylesWithBidi('he-IL') }),
      's.docx',
      context,
    );
    expect(result.article.language).toBe('he-IL');
    expect(result.recognised).toContain('language');
  });

  it('with no language anywhere, reads it from the letters, and says so', () => {
    const result = importDocx(docx(bidi('השר הודיע היום')), 's.docx', context);
    expect(result.article.language).toBe('he');
    expect(result.warnings.map((w) => w.message)).toContain(
      'The document is right to left and names no language; its letters read as “he”. Check the language.',
    );
  });

  it('an English document keeps the default language even though Word names a bidi language in its defaults', () => {
    const result = importDocx(docx(p(r('The minister spoke.'))), 's.docx', context);
    expect(result.article.language).toBe('en');
    expect(result.warnings.filter((w) => w.field === 'language')).toEqual([]);
  });

  it('a right-to-left document that says it is English keeps English and warns', () => {
    const core =
      '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>en-GB</dc:language></cp:coreProperties>';
    const result = importDocx(docx(bidi('قال الوزير'), { 'docProps/core.xml': core }), 's.docx', context);
    expect(result.article.language).toBe('en-GB');
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/laid out right to left but says its language is “en-GB”/);
  });

  it('a few right-to-left paragraphs in a left-to-right document are counted in a warning', () => {
    const result = importDocx(
      docx(p(r('The minister said:')) + p(r('Second paragraph.')) + p(r('قال الوزير'), undefined, '<w:bidi/>')),
      's.docx',
      context,
    );
    expect(result.article.language).toBe('en');
    expect(result.warnings.map((w) => w.message)).toContain(
      '1 of the document’s 3 paragraphs are right to left; an article has one direction, from its language, so they show left to right. Set the language if the story is in a right-to-left language.',
    );
  });

  it('a language that is not a tag is named, and the default kept', () => {
    const core =
      '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>Arabic (Egypt)</dc:language></cp:coreProperties>';
    const result = importDocx(docx(p(r('نص')), { 'docProps/core.xml': core }), 's.docx', context);
    expect(result.article.language).toBe('en');
    expect(result.warnings.map((w) => w.message)).toContain(
      'The document’s language “Arabic (Egypt)” is not a language tag; set the language by hand.',
    );
  });
});
