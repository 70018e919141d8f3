import { paragraph } from '../article/bodySchema';
import { newArticle, type Article } from '../article/schema';
import { Checker } from './runChecks';
import type { HouseList } from './houseList';
import type { Finding } from './types';

export const TEST_ID = '11111111-1111-4111-8111-111111111111';

export function articleWith(paragraphs: string[], fields: Partial<Article> = {}): Article {
  return newArticle(TEST_ID, new Date('2026-11-29T10:00:00Z'), { body: { type: 'doc', content: paragraphs.map(paragraph) }, ...fields });
}

/** The findings of one rule family on one body paragraph. */
export function findingsIn(text: string, prefix: string, houseList?: HouseList): Finding[] {
  return new Checker(houseList).check(articleWith([text])).findings.filter((f) => f.ruleId.startsWith(prefix));
}

/** "text → replacement" for each finding with a fix, to read tests at a glance. */
export function fixes(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.text} → ${f.fix?.replacement ?? '(no fix)'}`);
}
