import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedArticle } from './reviewedArticle.fixtures';
import { resolveAll } from '../../core/review/resolveSuggestions';
import { bodyPlainText } from '../../core/text/bodyText';
import { exportDocx } from './docxExport';
import { importDocx } from './docxImport';

let bytes: Uint8Array;
let parts: Record<string, string>;
beforeAll(async () => {
  bytes = await exportDocx(reviewedArticle(), { now: new Date('2026-11-29T11:00:00.000Z') });
  parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
});

describe('DOCX export: review as Word tracked changes and comments', () => {
  it('writes w:ins and w:del with author and date', () => {
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(
      /<w:del w:id="\d+" w:author="Ann Desk" w:date="2026-11-29T10:00:00Z"><w:r><w:delText xml:space="preserve">Monday<\/w:delText>/,
    );
    expect(doc).toMatch(
      /<w:ins w:id="\d+" w:author="Ann Desk" w:date="2026-11-29T10:00:00Z"><w:r><w:t xml:space="preserve">Tuesday<\/w:t>/,
    );
    // The suggested split is on the paragraph mark, by its own author.
    expect(doc).toMatch(/<w:pPr><w:rPr><w:ins w:id="\d+" w:author="Bo Sub"/);
    // The headline's suggestion, too.
    expect(doc).toMatch(/<w:delText xml:space="preserve">reopens <\/w:delText>.*<w:t xml:space="preserve">to reopen <\/w:t>/);
    expect(doc).not.toContain('\u200B');
  });

  it('writes comments.xml anchored by ranges, replies threaded in commentsExtended.xml, resolved as done', () => {
    const doc = parts['word/document.xml']!;
    const comments = parts['word/comments.xml']!;
    expect(comments).toMatch(
      /<w:comment w:id="\d+" w:initials="AD" w:author="Ann Desk" w:date="2026-11-29T10:01:00(\.000)?Z">(?:(?!<\/w:comment>).)*Which bridge\?/,
    );
    const id = /<w:comment w:id="(\d+)"[^>]*>(?:(?!<\/w:comment>).)*Which bridge\?/.exec(comments)![1];
    expect(doc).toMatch(
      new RegExp(`<w:commentRangeStart w:id="${id}"/>(?:(?!commentRangeEnd).)*bridge</w:t></w:r><w:commentRangeEnd w:id="${id}"/>`),
    );
    expect(parts['word/commentsExtended.xml']).toMatch(/w15:paraIdParent=/);
    expect(parts['word/commentsExtended.xml']).toMatch(/w15:done="1"/);
    expect(comments).toContain('Editor&apos;s note: Hold for legal.');
  });

  it('is valid XML', () => {
    for (const name of ['word/document.xml', 'word/comments.xml', 'word/commentsExtended.xml'])
      expect(() => new DOMParserLike(parts[name]!).check()).not.toThrow();
  });

  it('reads back as the same suggestions, comments, note and field suggestion', () => {
    const back = importDocx(bytes, 'story.docx', { id: '1b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date() }).article;
    const original = reviewedArticle();
    for (const resolution of ['accept', 'reject'] as const)
      expect(bodyPlainText(resolveAll(back.body, resolution))).toBe(bodyPlainText(resolveAll(original.body, resolution)));
    expect(back.headline).toBe('Mayor to reopen bridge');
    expect(back.review.fields.headline).toMatchObject({ base: 'Mayor reopens bridge', author: 'Ann Desk' });
    expect(back.review.editorNote).toBe('Hold for legal.');
    expect(back.review.comments.map((c) => [c.text, c.parentId !== null, c.resolved, c.quote])).toEqual([
      ['Which bridge?', false, false, 'bridge'],
      ['The old one.', true, false, 'bridge'],
      ['Source?', false, true, ''],
    ]);
  });
});

/** Well-formedness by xmllint when it is installed (CI installs it), else a tag balance check. */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  check(): void {
    const dir = mkdtempSync(join(tmpdir(), 'docx-xml-'));
    try {
      writeFileSync(join(dir, 'part.xml'), this.xml);
      execFileSync('xmllint', ['--noout', join(dir, 'part.xml')], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

describe('a second reader: pandoc --track-changes=all', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'docx-pandoc-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('shows the insertions, deletions and comments with their authors', () => {
    writeFileSync(join(dir, 'story.docx'), bytes);
    const out = execFileSync('pandoc', ['--track-changes=all', '-t', 'markdown', join(dir, 'story.docx')], { encoding: 'utf8' });
    expect(out).toMatch(/\[Monday\]\{\.deletion author="Ann Desk"/);
    expect(out).toMatch(/\[Tuesday\]\{\.insertion author="Ann Desk"/);
    expect(out).toMatch(/\[Which bridge\?\]\{\.comment-start[^}]*author="Ann Desk"/);
    expect(out).toMatch(/\[The\s+old\s+one\.\]\{\.comment-start[^}]*author="Sam Reporter"/);
    expect(out).toMatch(/\{\.paragraph-insertion\s+author="Bo Sub"/);
  });
});
