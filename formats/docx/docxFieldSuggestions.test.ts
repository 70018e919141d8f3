import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../core/article/schema';
import { resolveAllFields } from '../../core/review/fieldSuggestions';
import { SUGGESTIBLE_FIELDS, type FieldSuggestion } from '../../core/review/reviewSchema';
import { makePng } from '../../testing/docxTestSupport';
import { exportDocx } from './docxExport';
import { fieldChanges } from './docxFieldRuns';
import { importDocx } from './docxImport';
import { docx, p, r, rels, stylesXml } from './docxTestFiles';

const ID = '1b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';
const context = { id: ID, now: new Date('2026-11-29T12:00:00.000Z') };
const by = (author: string, minute: number, base: string): FieldSuggestion => ({
  base,
  author,
  date: `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

/** Every single-line field has a suggestion, each by its own author and time; the credit's replaces all of it. */
function suggestedArticle(): Article {
  return newArticle(ID, new Date('2026-11-29T09:00:00.000Z'), {
    headline: 'Mayor to reopen bridge',
    standfirst: 'Engineers disagree on safety.',
    byline: 'Sam Reporter and Lee Wu',
    dateline: 'LYON, Nov. 29',
    source: 'Reuters',
    leadImage: { asset: null, caption: 'The old bridge at dusk on Sunday', credit: 'Jo Lens/AFP', alt: 'A stone bridge' },
    review: {
      comments: [],
      fields: {
        headline: by('Ann Desk', 1, 'Mayor reopens bridge'),
        standfirst: by('Bo Sub', 2, 'Engineers disagree.'),
        byline: by('Ann Desk', 3, 'Sam Reporter'),
        dateline: by('Cy Night', 4, 'LYON'),
        source: by('Bo Sub', 5, 'AFP'),
        caption: by('Di Photo', 6, 'The bridge at dusk'),
        credit: by('Di Photo', 7, 'Reuters'),
      },
      editorNote: '',
      signOffs: [],
    },
  });
}

let bytes: Uint8Array;
let documentXml: string;
beforeAll(async () => {
  bytes = await exportDocx(suggestedArticle(), {
    now: context.now,
    image: { href: 'p.png', mimeType: 'image/png', bytes: makePng(40, 20) },
  });
  documentXml = strFromU8(unzipSync(bytes)['word/document.xml']!);
});

const captionXml = () => /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Caption"\/>.*?<\/w:p>/.exec(documentXml)?.[0] ?? '';

describe('DOCX: caption and credit suggestions as Word tracked changes', () => {
  it('writes the caption’s change as w:del/w:ins with author and date inside the Caption paragraph', () => {
    const caption = captionXml();
    expect(caption).toMatch(
      /<w:ins w:id="\d+" w:author="Di Photo" w:date="2026-11-29T10:06:00Z"><w:r><w:t xml:space="preserve">old <\/w:t>/,
    );
    expect(caption).toMatch(
      /<w:ins w:id="\d+" w:author="Di Photo" w:date="2026-11-29T10:06:00Z"><w:r><w:t xml:space="preserve"> on Sunday<\/w:t>/,
    );
  });

  it('writes the credit in the Photo Credit character style, its change tracked too', () => {
    const caption = captionXml();
    expect(caption).toMatch(
      /<w:del w:id="\d+" w:author="Di Photo" w:date="2026-11-29T10:07:00Z"><w:r><w:rPr><w:rStyle w:val="PhotoCredit"\/><\/w:rPr><w:delText xml:space="preserve">Reuters<\/w:delText>/,
    );
    expect(caption).toMatch(
      /<w:ins [^>]*w:author="Di Photo"[^>]*><w:r><w:rPr><w:rStyle w:val="PhotoCredit"\/><\/w:rPr><w:t xml:space="preserve">Jo Lens\/AFP<\/w:t>/,
    );
    expect(strFromU8(unzipSync(bytes)['word/styles.xml']!)).toMatch(/<w:style w:type="character" w:styleId="PhotoCredit">/);
  });

  it('reads every field suggestion back with its author and date, and the fields’ suggested values', () => {
    const original = suggestedArticle();
    const back = importDocx(bytes, 'story.docx', context).article;
    expect(back.review.fields).toEqual(original.review.fields);
    for (const field of ['headline', 'standfirst', 'byline', 'dateline', 'source'] as const) expect(back[field]).toBe(original[field]);
    expect(back.leadImage).toEqual({ ...original.leadImage, asset: null });
    // Rejecting everything gives the accepted text back, in every field.
    const rejected = resolveAllFields(back, back.review, 'reject').article;
    expect([rejected.headline, rejected.byline, rejected.leadImage?.caption, rejected.leadImage?.credit]).toEqual([
      'Mayor reopens bridge',
      'Sam Reporter',
      'The bridge at dusk',
      'Reuters',
    ]);
    expect(SUGGESTIBLE_FIELDS.filter((f) => back.review.fields[f] === undefined)).toEqual([]);
  });

  it('shows the caption and credit changes to a second reader (pandoc --track-changes=all)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-fields-'));
    try {
      writeFileSync(join(dir, 'story.docx'), bytes);
      const out = execFileSync('pandoc', ['--track-changes=all', '--wrap=none', '-t', 'markdown', join(dir, 'story.docx')], {
        encoding: 'utf8',
      });
      expect(out).toMatch(/\[old\s*\]\{\.insertion author="Di Photo" date="2026-11-29T10:06:00Z"\}/);
      expect(out).toMatch(/\[Reuters\]\{\.deletion author="Di Photo" date="2026-11-29T10:07:00Z"\}/);
      expect(out).toMatch(/\[Jo\s+Lens\/AFP\]\{\.insertion author="Di Photo"/);
      expect(out).toMatch(/\[AFP\]\{\.deletion author="Bo Sub"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an empty caption whose suggestion removed all of it still shows the deletion, and reads back', async () => {
    const article = suggestedArticle();
    article.leadImage = { asset: null, caption: '', credit: 'AFP', alt: '' };
    article.review.fields = { caption: by('Ann Desk', 8, 'Delete me') };
    const back = importDocx(await exportDocx(article, { now: context.now }), 'story.docx', context).article;
    expect(back.leadImage).toMatchObject({ caption: '', credit: 'AFP' });
    expect(back.review.fields).toEqual({ caption: by('Ann Desk', 8, 'Delete me') });
  });
});

describe('DOCX import: captions from other files', () => {
  const picture =
    '<w:r><w:drawing><wp:docPr xmlns:wp="wp" id="1" name="p" descr="Pier at night"/><a:blip xmlns:a="a" r:embed="rIdImg"/></w:drawing></w:r>';
  const read = (caption: string) =>
    importDocx(
      docx(p(r('Headline'), 'Title') + p(picture) + p(caption, 'Caption') + p(r('Copy.')), {
        'word/styles.xml': stylesXml.replace(
          '</w:styles>',
          '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>',
        ),
        'word/_rels/document.xml.rels': rels('<Relationship Id="rIdImg" Type="image" Target="media/image1.png"/>'),
        'word/media/image1.png': 'not read here',
      }),
      'story.docx',
      context,
    );

  it('splits a plain “caption / Credit” line at the last separator, and keeps the alt text', () => {
    const result = read(r('Pier at night, Brighton / Photo: Kim Ray'));
    expect(result.article.leadImage).toEqual({
      asset: null,
      caption: 'Pier at night, Brighton',
      credit: 'Photo: Kim Ray',
      alt: 'Pier at night',
    });
    expect(result.article.body.content).toHaveLength(1);
    expect(result.image?.fileName).toBe('image1.png');
  });

  it('keeps a caption with no separator whole, with no credit', () => {
    expect(read(r('Pier at night, 1/2 price')).article.leadImage).toMatchObject({ caption: 'Pier at night, 1/2 price', credit: '' });
  });
});

describe('fieldChanges: word by word, exact both ways', () => {
  const cases = [
    ['Mayor reopens bridge', 'Mayor to reopen bridge'],
    ['Engineers disagree.', 'Engineers  disagree on safety.'],
    ['', 'All new'],
    ['All gone', ''],
    ['مرحبا بالعالم', 'مرحبا يا عالم'],
  ] as const;
  it.each(cases)('%s → %s', (base, value) => {
    const pieces = fieldChanges(base, value);
    expect(pieces.map((p) => ('same' in p ? p.same : p.deleted)).join('')).toBe(base);
    expect(pieces.map((p) => ('same' in p ? p.same : p.inserted)).join('')).toBe(value);
  });
  it('joins a replacement across a space into one change', () => {
    expect(fieldChanges('Mayor reopens bridge', 'Mayor to reopen bridge')).toEqual([
      { same: 'Mayor ' },
      { deleted: 'reopens ', inserted: 'to reopen ' },
      { same: 'bridge' },
    ]);
  });
});
