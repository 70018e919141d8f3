import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../formats/docx/docxExport';
import { reviewedArticle } from '../formats/docx/reviewedArticle.fixtures';
import { makeTempDataDir } from '../testing/tempDataDir';
import { runCli } from './main';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-cli-review-')));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data', join(dir, 'lib')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk CLI: Word round trip with review', () => {
  it('imports tracked changes and comments, and exports them back as Word tracked changes', async () => {
    const story = join(dir, 'story.docx');
    await writeFile(story, await exportDocx(reviewedArticle(), { now: new Date() }));
    const imported = await cli('import', story, '--json');
    expect(imported.code).toBe(0);
    const article = JSON.parse(imported.out);
    expect(article.review.comments.map((c: { text: string }) => c.text)).toEqual(['Which bridge?', 'The old one.', 'Source?']);
    expect(JSON.stringify(article.body)).toMatch(/"type":"deletion","attrs":\{"id":"w\d+","author":"Ann Desk"/);
    expect(imported.err).toMatch(/tracked changes by Ann Desk, Bo Sub came in as suggestions; none was accepted/);

    const out = join(dir, 'out');
    const word = await cli('export', article.id, '--format', 'docx', '--out', out);
    expect(word.code).toBe(0);
    const file = word.out.replace(/^wrote /, '');
    const parts = unzipSync(new Uint8Array(await readFile(file)));
    expect(strFromU8(parts['word/document.xml']!)).toMatch(/<w:del w:id="\d+" w:author="Ann Desk"/);
    expect(strFromU8(parts['word/comments.xml']!)).toContain('Which bridge?');

    const refused = await cli('export', article.id, '--format', 'md', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/has suggestions nobody has accepted or rejected yet/);
    const rejected = await cli('export', article.id, '--format', 'md', '--out', out, '--suggestions', 'reject');
    expect(rejected.code).toBe(0);
    const markdown = await readFile(rejected.out.replace(/^wrote /, ''), 'utf8');
    expect(markdown).toContain('Monday');
    expect(markdown).not.toContain('Tuesday');
  });
});
