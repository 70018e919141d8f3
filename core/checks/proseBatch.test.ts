import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { retext } from 'retext';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateBody, Rng } from '../../testing/library/articleGenerator';
import { newArticle, type Article } from '../article/schema';
import { bodyBlocks } from '../text/bodyText';
import { articleBlocks } from './articleBlocks';
import { proseFindingsOfBlocks } from './proseBatch';
import { proseFindings } from './proseRules';
import readability from './readability';
import { Checker } from './runChecks';
import { TEST_ID } from './testSupport';
import type { BlockFinding, Finding } from './types';

/**
 * The Checker reads many blocks in one run of the retext plugins (proseBatch.ts) and uses its own port of
 * retext-readability (readability.ts). Both must find exactly what the per-block run of the plugins finds:
 * on the bench's 20,000-word article, on each real page in __fixtures__, and on all those pages as one long
 * article (real copy across batch boundaries).
 */
const dir = join(__dirname, '__fixtures__');
const now = new Date('2026-11-29T10:00:00Z');
const pages: Article[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ ...newArticle(TEST_ID, now), ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<Article>) }));
const long = newArticle(TEST_ID, now, { headline: 'Bench: checks on 20,000 words', body: generateBody(new Rng(20_000), 20_000) });
const allPages = newArticle(TEST_ID, now, {
  headline: 'Every page',
  body: { type: 'doc', content: pages.flatMap((page) => page.body.content ?? []) },
});
const articles: [string, Article][] = [
  ['the 20,000-word bench article', long],
  ['all the pages as one article', allPages],
];

/** One block's findings in a fixed order (the batch may report inclusive-language findings in another). */
const sorted = (findings: readonly BlockFinding[]) => findings.map((f) => JSON.stringify(f)).sort();

describe('the batched retext pass', () => {
  it('finds in each block what a run on the block alone finds, findings of every kind', () => {
    // The Checker test below covers the 20,000-word article; here real copy and odd blocks, block by block.
    const texts = [...bodyBlocks(allPages.body), 'Heading with no verb', '— 12 —', '', "It's a  honest man's man man."];
    const batched = proseFindingsOfBlocks(texts);
    texts.forEach((text, i) => expect(sorted(batched[i]!), text).toEqual(sorted(proseFindings(text))));
    const rules = new Set(batched.flat().map((f) => f.ruleId));
    expect([...rules]).toEqual(
      expect.arrayContaining([
        'prose.a-an',
        'prose.inclusive',
        'prose.passive',
        'prose.readability',
        'prose.simpler',
        'prose.smart-quotes',
      ]),
    );
  });
});

describe("the Checker's full check", () => {
  for (const [name, article] of [...articles, ...pages.map((p): [string, Article] => [p.headline, p])]) {
    it(`equals the per-block path on ${name}`, () => {
      const reference = new Checker();
      const perBlock: Finding[] = articleBlocks(article).flatMap((block) =>
        reference.checkBlock(block).map((f) => ({ ...f, field: block.field, block: block.block })),
      );
      const { findings, pendingBlocks } = new Checker().check(article);
      expect(pendingBlocks).toBe(0);
      expect(findings).toEqual(perBlock);
    });
  }
});

describe('readability (retext-readability with its word lists in Sets)', () => {
  const run = (plugin: typeof readability, text: string) => {
    const processor = retext().use(plugin, { age: 18, threshold: 5 / 7, minWords: 12 });
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    return file.messages.map((m) => `${m.place && 'start' in m.place ? m.place.start.offset : '?'} ${m.reason}`);
  };

  it('reports the sentences retext-readability reports, with its message', () => {
    const text = articles.flatMap(([, a]) => bodyBlocks(a.body)).join('\n\n');
    const ours = run(readability, text);
    expect(ours.length).toBeGreaterThan(20);
    expect(ours).toEqual(run(retextReadability as unknown as typeof readability, text));
  });
});
