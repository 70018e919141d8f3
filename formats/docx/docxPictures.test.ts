import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../core/article/schema';
import { bodyPlainText } from '../../core/text/bodyText';
import { makePng } from '../../testing/docxTestSupport';
import { exportDocx } from './docxExport';
import { importDocx } from './docxImport';
import { docx, p, r, rels } from './docxTestFiles';

const context = { id: '2c6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date('2026-11-29T12:00:00.000Z') };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = `<?xml version="1.0"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
<w:style w:type="character" w:styleId="PhotoCredit"><w:name w:val="Photo Credit"/></w:style>
</w:styles>`;

/** A picture as Word writes it inline: the drawing with its alt text (wp:docPr descr) and the embedded blip. */
const picture = (relId: string, alt: string) =>
  `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture" descr="${alt}"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
const credit = (text: string) => r(text, '<w:rStyle w:val="PhotoCredit"/>');
const [png1, png2, png3] = [makePng(40, 20), makePng(30, 30), makePng(20, 40)];

/** A story filed with three pictures, each with a caption and credit, the way Word lays them out. */
function threePictures(firstRel = '<Relationship Id="rId1" Type="image" Target="media/image1.png"/>') {
  return docx(
    [
      p(r('Floods close the valley road'), 'Title'),
      p(picture('rId1', 'Water over the road at Ashby')),
      p(r('The road at Ashby on Sunday / ') + credit('Kim Ray/Reuters'), 'Caption'),
      p(r('Rain fell for three days.')),
      p(picture('rId2', 'Volunteers with sandbags')),
      p(r('Volunteers fill sandbags / ') + credit('Lee Wu'), 'Caption'),
      p(r('The council opened two shelters.')),
      p(picture('rId3', '')),
      p(r('The river at noon'), 'Caption'),
      p(r('More rain is due on Tuesday.')),
    ].join(''),
    {
      'word/styles.xml': styles,
      'word/_rels/document.xml.rels': rels(
        firstRel +
          '<Relationship Id="rId2" Type="image" Target="media/image2.png"/><Relationship Id="rId3" Type="image" Target="/word/media/image3.png"/>',
      ),
      'word/media/image1.png': png1,
      'word/media/image2.png': png2,
      'word/media/image3.png': png3,
    },
  );
}

describe('DOCX import: a story with three pictures', () => {
  it('takes the first picture as the lead image, with its bytes, caption, credit and alt text', () => {
    const result = importDocx(threePictures(), 'floods.docx', context);
    expect(result.image?.bytes).toEqual(png1);
    expect(result.image?.fileName).toBe('image1.png');
    expect(result.article.leadImage).toEqual({
      asset: null,
      caption: 'The road at Ashby on Sunday',
      credit: 'Kim Ray/Reuters',
      alt: 'Water over the road at Ashby',
    });
    expect(result.recognised).toEqual(expect.arrayContaining(['caption', 'credit']));
  });

  it('keeps every paragraph of copy and no caption in the body', () => {
    const body = bodyPlainText(importDocx(threePictures(), 'floods.docx', context).article.body);
    expect(body).toBe('Rain fell for three days.\n\nThe council opened two shelters.\n\nMore rain is due on Tuesday.');
  });

  it('names each further picture, where it was and its caption, in a warning', () => {
    const warnings = importDocx(threePictures(), 'floods.docx', context)
      .warnings.filter((w) => w.field === 'leadImage')
      .map((w) => w.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^Picture 2 of 3 \(after “Rain fell for three days\.”; caption “Volunteers fill sandbags \/ Lee Wu”\) was not imported/,
    );
    expect(warnings[1]).toMatch(/^Picture 3 of 3 \(after “The council opened two shelters\.”; caption “The river at noon”\)/);
    expect(warnings[1]).toMatch(/body holds text only/);
  });

  it('says so when the first picture is linked rather than embedded, and still keeps its caption', () => {
    const linked = '<Relationship Id="rId1" Type="image" Target="http://example.org/a.png" TargetMode="External"/>';
    const result = importDocx(threePictures(linked), 'floods.docx', context);
    expect(result.image).toBeUndefined();
    expect(result.article.leadImage).toMatchObject({ asset: null, caption: 'The road at Ashby on Sunday' });
    expect(result.warnings.map((w) => w.message)).toContain(
      'The document’s first picture is linked, not embedded, so it could not be imported. Attach the image file by hand.',
    );
  });
});

describe('DOCX round trip: a lead image with no picture yet', () => {
  it('reads the caption and credit back as the lead image, not as copy', async () => {
    const article = newArticle(context.id, context.now, {
      headline: 'Floods',
      section: 'UK',
      leadImage: { asset: null, caption: 'The road at Ashby', credit: 'Kim Ray', alt: '' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rain fell.' }] }] },
    });
    const back = importDocx(await exportDocx(article, { now: context.now }), 'floods.docx', context).article;
    expect(back.leadImage).toEqual(article.leadImage);
    expect(back.section).toBe('UK');
    expect(bodyPlainText(back.body)).toBe('Rain fell.');
  });
});

describe('DOCX import: a file written by another program (pandoc), three captioned figures', () => {
  it('reads the byline from its Author paragraph, the lead picture with caption and credit, and names the other two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-pandoc-pictures-'));
    try {
      [png1, png2, png3].forEach((png, i) => writeFileSync(join(dir, `p${i + 1}.png`), png));
      const markdown = [
        '---\ntitle: Floods close the valley road\nsubtitle: Three days of rain\nauthor: Kim Ray\n---\n',
        '![The road at Ashby / Kim Ray/Reuters](p1.png)\n\nRain fell for three days.\n',
        '![Volunteers fill sandbags](p2.png)\n\nThe council opened two shelters.\n',
        '![The river at noon](p3.png)\n\nMore rain is due.\n',
      ].join('\n');
      writeFileSync(join(dir, 'story.md'), markdown);
      execFileSync('pandoc', ['story.md', '-o', 'story.docx'], { cwd: dir });
      const result = importDocx(readFileSync(join(dir, 'story.docx')), 'story.docx', context);
      const a = result.article;
      expect([a.headline, a.standfirst, a.byline]).toEqual(['Floods close the valley road', 'Three days of rain', 'Kim Ray']);
      expect(a.leadImage).toEqual({ asset: null, caption: 'The road at Ashby', credit: 'Kim Ray/Reuters', alt: '' });
      expect(result.image?.bytes).toEqual(png1);
      expect(bodyPlainText(a.body)).toBe('Rain fell for three days.\n\nThe council opened two shelters.\n\nMore rain is due.');
      const pictures = result.warnings.filter((w) => w.field === 'leadImage').map((w) => w.message);
      expect(pictures).toHaveLength(2);
      expect(pictures[0]).toMatch(/^Picture 2 of 3 \(after “Rain fell for three days\.”; caption “Volunteers fill sandbags”\)/);
      expect(pictures[1]).toMatch(/^Picture 3 of 3 \(after “The council opened two shelters\.”; caption “The river at noon”\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
