import { beforeAll, describe, expect, it } from 'vitest';
import { exportContext, fullArticle, RELATED_ID } from '../../testing/testArticles';
import { exportDocx } from './docxExport';
import { CONTENT_WIDTH_PX } from './docxStyles';
import { makePng, readDocx, relationshipTarget, type ReadDocx } from '../../testing/docxTestSupport';

const EMU_PER_PIXEL = 9525;
const png = makePng(300, 150);

let doc: ReadDocx;
beforeAll(async () => {
  const context = { ...exportContext(), image: { href: 'putin.png', mimeType: 'image/png' as const, bytes: png } };
  doc = await readDocx(await exportDocx(fullArticle(), context));
});

const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style);
const withText = (text: string) => {
  const found = doc.paragraphs.find((p) => p.text.includes(text));
  if (!found) throw new Error(`No paragraph has “${text}”.`);
  return found;
};

describe('exportDocx: the full article read back', () => {
  it('is a zip package that mammoth reads without errors', () => {
    expect(Object.keys(doc.files)).toContain('word/document.xml');
    expect(doc.messages.filter((m) => !m.startsWith('Unrecognised'))).toEqual([]);
  });

  it('opens with the section label, Title headline, Subtitle standfirst, byline and dateline', () => {
    const article = fullArticle();
    expect(doc.paragraphs.slice(0, 5).map((p) => [p.style, p.text])).toEqual([
      ['SectionLabel', 'WORLD'],
      ['Title', article.headline],
      ['Subtitle', article.standfirst],
      ['Byline', "By Staff & Agencies' Desk"],
      ['Dateline', 'MOSCOW / CARACAS'],
    ]);
    expect(doc.html).toContain('<h1>Putin backs Maduro against US pressure, pledges deeper economic &amp; energy ties</h1>');
  });

  it('embeds the lead image scaled to the text column, keeping its aspect ratio', () => {
    expect(doc.files['word/media/image1.png']).toEqual(png);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(doc.documentXml) ?? [];
    expect(Number(cx)).toBe(CONTENT_WIDTH_PX * EMU_PER_PIXEL);
    expect(Number(cx) / Number(cy)).toBeCloseTo(2, 2);
    expect(doc.documentXml).toContain('descr="Vladimir Putin at a desk during a phone call"');
    expect(doc.html).toMatch(/<img alt="Vladimir Putin at a desk during a phone call" src="data:image\/png;base64,/);
  });

  it('puts caption and credit in one Caption paragraph right after the picture', () => {
    const caption = styled('Caption');
    expect(caption.map((p) => p.text)).toEqual([
      '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says. / Reuters',
    ]);
    const index = doc.paragraphs.indexOf(caption[0]!);
    expect(doc.paragraphs[index - 1]!.xml).toContain('<w:drawing>');
  });

  it('writes body heads as Heading 2 and quotes in the Quote style', () => {
    expect(styled('Heading2').map((p) => p.text)).toEqual(['Energy & trade: "deeper" ties <2025>', 'Related stories']);
    expect(styled('Quote').map((p) => p.text)).toEqual([
      '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said.',
      'Кремль: «солидарность» — 87 people, 22 strikes 🇻🇪',
    ]);
    expect(doc.html).toContain('<blockquote><p>"Vladimir Putin expressed solidarity');
  });

  it('defines Subtitle and Quote under Word’s built-in names', () => {
    const styles = doc.part('word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Subtitle">\s*<w:name w:val="Subtitle"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Quote">\s*<w:name w:val="Quote"\/>/);
  });

  it('writes lists as Word numbering, bullets and decimals apart', () => {
    const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(withText(text).xml)?.[1];
    expect(numId('Trade & economy')).toBeDefined();
    expect(numId('Energy, finance')).toBe(numId('Trade & economy'));
    expect(numId('The US seized a tanker.')).toBe(numId('Troops rappelled'));
    expect(numId('The US seized a tanker.')).not.toBe(numId('Trade & economy'));
    expect(doc.html).toContain('<ul><li>Trade &amp; economy</li><li>Energy, finance and "cultural-humanitarian" spheres</li></ul>');
    expect(doc.html).toContain('<ol><li>The US seized a tanker.</li><li>Troops rappelled onto its deck from a helicopter.</li></ol>');
    expect(doc.part('word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('keeps bold, italic, underline, strike and code', () => {
    expect(doc.html).toContain('<strong>United States</strong>');
    expect(doc.html).toContain('<em>oil tanker</em>');
    expect(doc.html).toContain('<s>latest</s>');
    const marks = withText('The call comes after').xml;
    expect(marks).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Venezuelan<\/w:t>/);
    expect(marks).toMatch(/w:ascii="Consolas"[^>]*\/><\/w:rPr><w:t xml:space="preserve">tanker\.log/);
  });

  it('makes links real hyperlinks with an external target relationship', () => {
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>[\s\S]*?the Kremlin read-out/.exec(withText('the Kremlin read-out').xml);
    expect(link).not.toBeNull();
    expect(relationshipTarget(doc.relsXml, link![1]!)).toBe('https://example.com/read-out?a=1&b=2');
    expect(doc.relsXml).toMatch(new RegExp(`Id="${link![1]}"[^>]*TargetMode="External"`));
  });

  it('keeps hard breaks and horizontal rules', () => {
    expect(withText('which he denies.').text).toBe(
      "Washington has accused Maduro of leading a drug cartel, which he denies.\nMaduro has said the US is seeking regime change because of Venezuela's vast stores of oil.",
    );
    expect(doc.documentXml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('writes inline Related teasers with the title linked, by URL or by library article', () => {
    expect(styled('RelatedTeaser').map((p) => p.text)).toEqual([
      "Related: TRT World - Russia maintains 'constant contact' with Venezuela as Caribbean tensions mount",
      'Related: Earlier: Maduro visits Moscow',
    ]);
    expect(doc.html).toContain(
      '<p class="related"><strong>Related: </strong>TRT World - <a href="https://www.trtworld.com/world/russia-venezuela">Russia maintains',
    );
    expect(doc.html).toContain(`<a href="https://news.example.com/articles/${RELATED_ID}">Earlier: Maduro visits Moscow</a>`);
  });

  it('lists the related stories under their heading, then closes with the source line', () => {
    const heading = doc.paragraphs.findIndex((p) => p.text === 'Related stories');
    const after = doc.paragraphs.slice(heading + 1);
    expect(after.map((p) => p.text)).toEqual([
      "TRT World - Russia maintains 'constant contact' with Venezuela",
      'Earlier: Maduro visits Moscow',
      'SOURCE: TRTWorld and agencies',
    ]);
    expect(after[0]!.xml).toContain('<w:numPr>');
    expect(doc.html).toContain('<h2>Related stories</h2><ul><li>TRT World - <a href="https://www.trtworld.com/world/russia-venezuela">');
    expect(doc.rawText.trimEnd().endsWith('SOURCE: TRTWorld and agencies')).toBe(true);
  });

  it('keeps the parts in reading order', () => {
    const order = [
      'WORLD',
      'Putin backs Maduro',
      'The two leaders',
      'By Staff',
      'MOSCOW',
      '/ Reuters',
      'Russian President',
      'Energy & trade',
      'Related stories',
      'SOURCE:',
    ];
    const positions = order.map((text) => doc.rawText.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets the document properties from the article', () => {
    const core = doc.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Putin backs Maduro against US pressure, pledges deeper economic &amp; energy ties</dc:title>');
    expect(core).toContain('<dc:description>The two leaders hold a phone call');
    expect(core).toContain("<dc:creator>Staff &amp; Agencies' Desk</dc:creator>");
    expect(core).toContain('<cp:keywords>Russia; Venezuela; Vladimir Putin; Nicolás Maduro</cp:keywords>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-11T09:00:00.000Z</dcterms:created>');
    expect(doc.part('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });
});
