import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from './main';
import { makeTempDataDir } from '../testing/tempDataDir';

const SEED = resolve(import.meta.dirname, '../testing/fixtures/seed/putin-maduro.txt');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-check-')));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}
const data = () => ['--data', join(dir, 'lib')];

describe('copydesk check', () => {
  it('passes the seed story (no errors) and prints its findings with rule, place and fix', async () => {
    const { code, out } = await cli('check', SEED, ...data());
    expect(code).toBe(0);
    // Imported with the house's curly quotes (core/text/curlQuotes.ts), so the fix moves the comma inside a curly one.
    expect(out).toMatch(/warning\s+punctuation\.inside-quotes\s+body ¶\d+:\d+ .*\[fix: ",”"\]/);
    expect(out).toMatch(/^0 errors, 1 warning, \d+ suggestions$/m);
  });

  it('exits 1 on an error-level finding, with JSON on request', async () => {
    const file = join(dir, 'story.md');
    await writeFile(file, '# Talks end\n\nThe the talks ended at 7:00 pm.\n');
    const { code, out } = await cli('check', file, ...data(), '--json');
    expect(code).toBe(1);
    const { counts, findings } = JSON.parse(out);
    expect(counts.error).toBe(1);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'prose.repeated-word',
          field: 'body',
          block: 0,
          from: 0,
          fix: expect.objectContaining({ replacement: 'The' }),
        }),
      ]),
    );
  });

  it('uses the house list in the data folder, and says when it is invalid', async () => {
    await mkdir(join(dir, 'lib'), { recursive: true });
    const file = join(dir, 'story.txt');
    await writeFile(file, 'Talks in Kiev\n\nTroops left Kiev on Tuesday, officials said.\n');
    await writeFile(join(dir, 'lib', 'house-list.yaml'), 'entries:\n  - find: Kiev\n    use: Kyiv\n    severity: error\n');
    const good = await cli('check', file, ...data());
    expect(good.code).toBe(1);
    expect(good.out).toContain('House style: “Kyiv”, not “Kiev”.');
    await writeFile(join(dir, 'lib', 'house-list.yaml'), 'entries:\n  - find: Kiev\n    severity: loud\n');
    const bad = await cli('check', file, ...data());
    expect(bad.code).toBe(0);
    expect(bad.err[0]).toMatch(/House list, line 3: .*Checking without the house list/);
  });

  it('checks a DOCX file and an article in the library by slug', async () => {
    const docx = join(dir, 'story.docx');
    const doc = new Document({
      sections: [{ children: [new Paragraph('Talks end'), new Paragraph('Only 3 ministers came, officials said.')] }],
    });
    await writeFile(docx, await Packer.toBuffer(doc));
    expect((await cli('check', docx, ...data())).out).toContain('numbers.spell-one-to-nine');
    await cli('import', SEED, ...data());
    const [entry] = JSON.parse((await cli('list', ...data(), '--json')).out);
    const { code, out } = await cli('check', entry.slug, ...data());
    expect(code).toBe(0);
    expect(out).toContain('punctuation.inside-quotes');
  });

  it('refuses a missing argument and an unknown article', async () => {
    expect(await cli('check', ...data())).toMatchObject({ code: 2, err: [expect.stringContaining('check needs a FILE')] });
    expect(await cli('check', 'no-such-story', ...data())).toMatchObject({
      code: 1,
      err: [expect.stringContaining('No article with the id or slug')],
    });
  });
});
