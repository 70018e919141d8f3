import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/schema';
import { fieldAnchorText } from '../../core/review/fieldAnchors';
import type { FieldAnchor, ReviewComment } from '../../core/review/reviewSchema';
import { exportDocx } from './docxExport';
import { importDocx } from './docxImport';
import { reviewedArticle } from './reviewedArticle.fixtures';

const comment = (id: string, text: string, fieldAnchor?: FieldAnchor, parentId: string | null = null): ReviewComment => ({
  id,
  parentId,
  author: 'Ann Desk',
  initials: 'AD',
  date: '2026-11-29T10:05:00.000Z',
  text,
  resolved: false,
  quote: '',
  ...(fieldAnchor ? { fieldAnchor } : {}),
});

/** The reviewed story, with comments in the headline (one inside its suggested words), standfirst and byline. */
function article(): Article {
  const base = reviewedArticle();
  return {
    ...base,
    // Leading spaces are not written to Word; the anchor still lands on its word.
    standfirst: '  Engineers disagree.',
    review: {
      ...base.review,
      comments: [
        ...base.review.comments,
        comment('h1', 'Which crossing?', { field: 'headline', start: 16, end: 22 }),
        comment('h1r', 'The Lendal.', undefined, 'h1'),
        // "reopen" is part of the headline's suggested "to reopen": the range splits the insertion.
        comment('h2', 'Tense?', { field: 'headline', start: 9, end: 15 }),
        comment('s1', 'Who?', { field: 'standfirst', start: 12, end: 20 }),
        comment('b1', 'Full name?', { field: 'byline', start: 0, end: 3 }),
        // Its text was deleted: no range to write, so it goes on the headline as an empty one.
        comment('gone', 'Was a date here', { field: 'dateline', start: 0, end: 0 }),
      ],
    },
  };
}

let bytes: Uint8Array;
let doc: string;
beforeAll(async () => {
  bytes = await exportDocx(article(), { now: new Date('2026-11-29T11:00:00.000Z') });
  doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
});

/** The Word id comments.xml gives the comment with this text. */
const wordId = (text: string): string => {
  const comments = strFromU8(unzipSync(bytes)['word/comments.xml']!);
  return new RegExp(`<w:comment w:id="(\\d+)"[^>]*>(?:(?!</w:comment>).)*${text}`).exec(comments)![1]!;
};
/** The text of the paragraph in this style, with the comment range marks left in as [n and n]. */
const paragraph = (style: string): string => {
  const xml = new RegExp(`<w:p>(?:(?!</w:p>).)*<w:pStyle w:val="${style}"/>((?:(?!</w:p>).)*)</w:p>`).exec(doc)![1]!;
  return xml
    .replace(/<w:commentRangeStart w:id="(\d+)"\/>/g, '[$1 ')
    .replace(/<w:commentRangeEnd w:id="(\d+)"\/>/g, ' $1]')
    .replace(/<w:delText[^>]*>([^<]*)<\/w:delText>/g, '-{$1}')
    .replace(/<w:t[^>]*>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '');
};

describe('DOCX: comments anchored in the headline, standfirst and byline', () => {
  it('writes each range in its field’s paragraph, around its words (replies share the range)', () => {
    const [bridge, reply, reopen] = [wordId('Which crossing'), wordId('The Lendal'), wordId('Tense')];
    // After them, the empty ranges of the comments with no text left (and the editor's note), as before.
    expect(paragraph('Title')).toMatch(
      new RegExp(
        `^Mayor -\\{reopens \\}to \\[${reopen} reopen ${reopen}\\] \\[${bridge} \\[${reply} bridge ${bridge}\\] ${reply}\\](\\[\\d+  \\d+\\])+$`,
      ),
    );
    const who = wordId('Who');
    expect(paragraph('Subtitle')).toBe(`Engineers [${who} disagree ${who}].`);
    const name = wordId('Full name');
    expect(paragraph('Byline')).toBe(`By [${name} Sam ${name}] Reporter`);
  });

  it('reads them back onto their fields, with the headline’s suggestion intact', () => {
    const back = importDocx(bytes, 'story.docx', { id: '1b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', now: new Date() }).article;
    expect(back.headline).toBe('Mayor to reopen bridge');
    expect(back.review.fields.headline).toMatchObject({ base: 'Mayor reopens bridge', author: 'Ann Desk' });
    const anchored = back.review.comments
      .filter((c) => c.fieldAnchor)
      .map((c) => [c.text, c.fieldAnchor!.field, fieldAnchorText(back, c.fieldAnchor!)]);
    expect(anchored).toEqual([
      ['Which crossing?', 'headline', 'bridge'],
      ['Tense?', 'headline', 'reopen'],
      ['Who?', 'standfirst', 'disagree'],
      ['Full name?', 'byline', 'Sam'],
    ]);
    // The reply stays a reply (no anchor of its own); the deleted one stays, with no anchor, as before.
    expect(back.review.comments.find((c) => c.text === 'The Lendal.')).toMatchObject({ parentId: expect.any(String) });
    expect(back.review.comments.find((c) => c.text === 'The Lendal.')!.fieldAnchor).toBeUndefined();
    expect(back.review.comments.find((c) => c.text === 'Was a date here')!.fieldAnchor).toBeUndefined();
    // The body's thread is still anchored in the body.
    expect(back.review.comments.find((c) => c.text === 'Which bridge?')).toMatchObject({ quote: 'bridge' });
    expect(back.review.comments.find((c) => c.text === 'Which bridge?')!.fieldAnchor).toBeUndefined();
  });
});

describe('a second reader: pandoc --track-changes=all', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'docx-field-comments-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the headline’s and standfirst’s comments on their words', () => {
    writeFileSync(join(dir, 'story.docx'), bytes);
    // -s: pandoc reads the Title and Subtitle paragraphs into the document's metadata (YAML, quotes escaped).
    const out = execFileSync('pandoc', ['-s', '--track-changes=all', '-t', 'markdown', join(dir, 'story.docx')], { encoding: 'utf8' })
      .replaceAll('\\"', '"')
      .replace(/\s+/g, ' ');
    // The reply's range opens where its thread's does.
    expect(out).toMatch(/title: .*\[Which crossing\?\]\{\.comment-start[^}]*author="Ann Desk"[^}]*\}\[The Lendal\.\]\{[^}]*\}bridge\[/);
    expect(out).toMatch(/title: .*\[Tense\?\]\{\.comment-start[^}]*\}\[reopen\]\{\.insertion[^}]*\}\[\]\{\.comment-end/);
    expect(out).toMatch(/subtitle: .*\[Who\?\]\{\.comment-start[^}]*\}disagree\[\]\{\.comment-end/);
    expect(out).toMatch(/By \[Full name\?\]\{\.comment-start[^}]*\}Sam\[\]\{\.comment-end/);
  });
});
