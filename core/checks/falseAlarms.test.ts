import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../article/schema';
import { checkArticle } from './runChecks';
import { TEST_ID } from './testSupport';

/**
 * Careful, published copy is clean copy: the seed story and real news pages get no error-level finding.
 * Their warning counts are pinned so a rule change that adds false alarms shows up here (and in the docs).
 */
const dir = join(__dirname, '__fixtures__');
const now = new Date('2026-11-29T10:00:00Z');

function fixture(name: string): Article {
  return { ...newArticle(TEST_ID, now), ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<Article>) };
}

const WARNINGS: Record<string, number> = {
  'putin-maduro.json': 1,
  'bbc-1.json': 7,
  'wapo-1.json': 7,
  'telegraph.json': 0,
  'ars-1.json': 2,
  'yahoo-2.json': 1,
  'guardian-1.json': 6,
  'medicalnewstoday.json': 4,
};

describe('false alarms on real copy', () => {
  for (const [name, warnings] of Object.entries(WARNINGS)) {
    it(`${name}: no errors, ${warnings} warnings`, () => {
      const { counts } = checkArticle(fixture(name));
      expect({ errors: counts.error, warnings: counts.warning }).toEqual({ errors: 0, warnings });
    });
  }
});
