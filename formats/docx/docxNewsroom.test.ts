import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newArticle, type Article, type Newsroom } from '../../core/article/schema';
import { bodyPlainText } from '../../core/text/bodyText';
import { docxParagraphs } from '../../testing/docxTestSupport';
import { exportDocx } from './docxExport';
import { importDocx } from './docxImport';
import { PROPERTY_PIECE } from './docxNewsroom';
import { docx, p, r } from './docxTestFiles';

const context = { id: '3c6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date('2026-11-29T12:00:00.000Z') };
// A correction longer than one property piece, with an emoji (a surrogate pair) across the first boundary.
const LONG = `${'x'.repeat(PROPERTY_PIECE - 1)}😀 ${'The council’s figure was £2.4m, not £24m. '.repeat(12)}`.trim();

function newsroom(): Newsroom {
  return {
    embargoUntil: '2026-12-01T09:00:30.123Z',
    // Stored out of time order: the properties keep the stored order, the visible notes read oldest first.
    notes: [
      { kind: 'update', text: 'Adds the council’s reply.', at: '2026-11-30T15:00:00.000Z' },
      { kind: 'correction', text: LONG, at: '2026-11-30T10:00:00.000Z' },
      { kind: 'clarification', text: 'The bridge is the old one.\nNot the new one.', at: '2026-11-30T12:30:00.000Z' },
    ],
    withdrawal: { kind: 'kill', reason: 'Legal: the named man was not charged.', at: '2026-11-30T16:45:10.000Z' },
    ignoredChecks: [],
  };
}

const article = (): Article =>
  newArticle(context.id, new Date('2026-11-29T09:00:00.000Z'), {
    headline: 'Council figures wrong',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The copy.' }] }] },
    newsroom: newsroom(),
  });

let bytes: Uint8Array;
let parts: Record<string, string>;
beforeAll(async () => {
  bytes = await exportDocx(article(), { now: context.now });
  parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
});

describe('DOCX export: the newsroom fields', () => {
  it('opens with the kill line, then the embargo line, in the Newsroom Notice style', () => {
    const paragraphs = docxParagraphs(parts['word/document.xml']!);
    expect(paragraphs.slice(0, 3).map((x) => [x.style, x.text])).toEqual([
      [
        'NewsroomNotice',
        'KILL: this story has been killed (2026-11-30 16:45 UTC). Do not use. Reason: Legal: the named man was not charged.',
      ],
      ['NewsroomNotice', 'EMBARGOED until 2026-12-01 09:00 UTC. Not for publication before then.'],
      ['Title', 'Council figures wrong'],
    ]);
  });

  it('closes the copy with the notes in their standard wording, oldest first', () => {
    const paragraphs = docxParagraphs(parts['word/document.xml']!);
    const notes = paragraphs.filter((x) => x.style === 'NewsroomNote').map((x) => x.text.slice(0, 40));
    expect(notes).toEqual([
      'Correction (2026-11-30 10:00 UTC): xxxxx',
      'Clarification (2026-11-30 12:30 UTC): Th',
      'Update (2026-11-30 15:00 UTC): Adds the ',
    ]);
    expect(paragraphs.findIndex((x) => x.text === 'The copy.')).toBeLessThan(paragraphs.findIndex((x) => x.style === 'NewsroomNote'));
  });

  it('writes each field as a custom document property, long text in pieces Word keeps', () => {
    const custom = parts['docProps/custom.xml']!;
    expect(custom).toContain('name="Copydesk Embargo Until"><vt:lpwstr>2026-12-01T09:00:30.123Z</vt:lpwstr>');
    expect(custom).toContain('name="Copydesk Withdrawal"><vt:lpwstr>kill</vt:lpwstr>');
    expect(custom).toContain('name="Copydesk Note 2"><vt:lpwstr>correction</vt:lpwstr>');
    expect(custom).toContain('name="Copydesk Note 2 Text (2)">');
    for (const [, value] of custom.matchAll(/<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g))
      expect(value!.replace(/&(amp|lt|gt|quot|apos);/g, '&').length).toBeLessThanOrEqual(PROPERTY_PIECE);
    expect(parts['[Content_Types].xml']).toContain('/docProps/custom.xml');
    const dir = mkdtempSync(join(tmpdir(), 'docx-custom-'));
    try {
      writeFileSync(join(dir, 'custom.xml'), custom);
      expect(() => execFileSync('xmllint', ['--noout', join(dir, 'custom.xml')], { stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DOCX round trip: the newsroom fields', () => {
  it('reads back exactly the embargo, notes (stored order, to the millisecond) and kill', () => {
    const result = importDocx(bytes, 'story.docx', context);
    expect(result.article.newsroom).toEqual(newsroom());
    expect(result.warnings.filter((w) => w.field === 'newsroom')).toEqual([]);
  });

  it('keeps the lines out of the body', () => {
    expect(bodyPlainText(importDocx(bytes, 'story.docx', context).article.body)).toBe('The copy.');
  });
});

describe('DOCX import: newsroom fields that are wrong or edited', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="N1"><w:name w:val="Newsroom Notice"/></w:style><w:style w:type="paragraph" w:styleId="N2"><w:name w:val="Newsroom Note"/></w:style></w:styles>`;
  const custom = (props: Record<string, string>) =>
    `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(
      props,
    )
      .map(
        ([name, value], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`,
      )
      .join('')}</Properties>`;
  const read = (body: string, props?: Record<string, string>) =>
    importDocx(
      docx(body, { 'word/styles.xml': styles, ...(props ? { 'docProps/custom.xml': custom(props) } : {}) }),
      'story.docx',
      context,
    );
  const messages = (result: ReturnType<typeof read>) => result.warnings.filter((w) => w.field === 'newsroom').map((w) => w.message);

  it('a property that is not a date is left out, with the property named', () => {
    const result = read(p(r('Copy.')), { 'Copydesk Embargo Until': 'tomorrow morning' });
    expect(result.article.newsroom.embargoUntil).toBeNull();
    expect(messages(result)).toEqual([
      'The document property “Copydesk Embargo Until” is “tomorrow morning”, not a UTC date-time; the embargo was not imported. Set it in the inspector.',
    ]);
  });

  it('a note without its text is left out and named; the next note still comes in', () => {
    const result = read(p(r('Copy.')), {
      'Copydesk Note 1': 'correction',
      'Copydesk Note 1 At': '2026-11-30T10:00:00.000Z',
      'Copydesk Note 2': 'update',
      'Copydesk Note 2 At': '2026-11-30T11:00:00.000Z',
      'Copydesk Note 2 Text': 'Adds a reply.',
    });
    expect(result.article.newsroom.notes).toEqual([{ kind: 'update', at: '2026-11-30T11:00:00.000Z', text: 'Adds a reply.' }]);
    expect(messages(result)[0]).toMatch(/“Copydesk Note 1”.*note 1 was not imported/);
  });

  it('a line edited in Word is reported; the properties win', () => {
    const result = read(p(r('EMBARGOED until 2026-12-02 09:00 UTC. Not for publication before then.'), 'N1') + p(r('Copy.')), {
      'Copydesk Embargo Until': '2026-12-01T09:00:00.000Z',
    });
    expect(result.article.newsroom.embargoUntil).toBe('2026-12-01T09:00:00.000Z');
    expect(messages(result)[0]).toMatch(
      /^The line “EMBARGOED until 2026-12-02 09:00 UTC\.[^”]*” in the document differs from its newsroom properties/,
    );
    expect(bodyPlainText(result.article.body)).toBe('Copy.');
  });

  it('with no properties, reads the standard wording (to the minute) and names a line it cannot read', () => {
    const result = read(
      p(r('WITHDRAWN: this story has been withdrawn (2026-11-30 16:45 UTC). Reason: Duplicate.'), 'N1') +
        p(r('Copy.')) +
        p(r('Correction (2026-11-30 10:00 UTC): The figure was £2.4m.'), 'N2') +
        p(r('Please call the desk.'), 'N2'),
    );
    expect(result.article.newsroom).toEqual({
      embargoUntil: null,
      notes: [{ kind: 'correction', at: '2026-11-30T10:00:00.000Z', text: 'The figure was £2.4m.' }],
      withdrawal: { kind: 'withdraw', at: '2026-11-30T16:45:00.000Z', reason: 'Duplicate.' },
      ignoredChecks: [],
    });
    expect(messages(result)).toEqual([
      'The embargo, notes or kill were read from the document’s newsroom lines (it has no Copydesk properties), so their times are to the minute.',
      'The newsroom line “Please call the desk.” is not in the standard wording and was not imported; enter it in the inspector.',
    ]);
  });
});

describe('a second reader sees the lines', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'docx-newsroom-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('pandoc shows the embargo at the top and the correction at the end', () => {
    writeFileSync(join(dir, 'story.docx'), bytes);
    const out = execFileSync('pandoc', ['--wrap=none', '-t', 'plain', join(dir, 'story.docx')], { encoding: 'utf8' });
    expect(out.indexOf('EMBARGOED until 2026-12-01 09:00 UTC.')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('EMBARGOED')).toBeLessThan(out.indexOf('The copy.'));
    expect(out.indexOf('Correction (2026-11-30 10:00 UTC)')).toBeGreaterThan(out.indexOf('The copy.'));
  });
});
