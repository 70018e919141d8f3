import { describe, expect, it } from 'vitest';
import { paragraph } from '../article/bodySchema';
import { applyFixes, resolveConflicts } from './conflicts';
import { Checker, PROSE_CHECK_MAX_CHARS } from './runChecks';
import { articleWith } from './testSupport';
import { findingKey, type BlockFinding } from './types';

describe('the checker', () => {
  it('checks every prose field and places findings by field and block', () => {
    const article = articleWith(['First paragraph is clean.', 'The the second one is not.'], {
      headline: 'Talks end in Mar. 4 deal.',
      leadImage: { asset: null, caption: 'Crowds at 7:00 pm.', credit: 'Reuters', alt: 'A crowd' },
    });
    const { findings, counts } = new Checker().check(article);
    const where = findings.filter((f) => f.severity !== 'suggestion').map((f) => `${f.field}#${f.block} ${f.ruleId}`);
    expect(where).toEqual([
      'headline#0 dates.month-form',
      'headline#0 punctuation.headline-period',
      'caption#0 times.no-zero-minutes',
      'body#1 prose.repeated-word',
    ]);
    expect(counts.error).toBe(1);
  });

  it('re-checks only the blocks whose text changed', () => {
    const checker = new Checker();
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 10} says the minister was there.`);
    expect(checker.check(articleWith(paragraphs)).checkedBlocks).toBe(50);
    paragraphs[7] = 'Paragraph 17 now says the the minister left.';
    const again = checker.check(articleWith(paragraphs));
    expect({ checked: again.checkedBlocks, reused: again.reusedBlocks }).toEqual({ checked: 1, reused: 49 });
    expect(again.findings.find((f) => f.ruleId === 'prose.repeated-word')).toMatchObject({ block: 7 });
  });

  it('drops findings ignored for this article', () => {
    const article = articleWith(['The the minister left.']);
    const [finding] = new Checker().check(article).findings.filter((f) => f.ruleId === 'prose.repeated-word');
    article.newsroom.ignoredChecks = [findingKey(finding!)];
    expect(new Checker().check(article).findings.some((f) => f.ruleId === 'prose.repeated-word')).toBe(false);
  });

  it('checks a 1 MB paragraph with the patterns and skips the prose plugins, saying so', () => {
    const huge = 'The minister said 3 ministers came at 7:00 pm. '.repeat(22_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const { findings } = new Checker().check({ ...articleWith([]), body: { type: 'doc', content: [paragraph(huge)] } });
    expect(findings.find((f) => f.ruleId === 'prose.too-long')?.message).toContain('too long for the prose checks');
    expect(findings.length).toBeGreaterThan(100);
    expect(PROSE_CHECK_MAX_CHARS).toBeLessThan(huge.length);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('conflicting fixes', () => {
  const finding = (
    ruleId: string,
    from: number,
    to: number,
    replacement: string,
    severity: BlockFinding['severity'] = 'warning',
  ): BlockFinding => ({
    ruleId,
    severity,
    from,
    to,
    text: 'x'.repeat(to - from),
    message: ruleId,
    fix: { label: replacement, replacement },
  });

  it('keeps the more severe fix of two overlapping ones and explains the other', () => {
    const out = resolveConflicts([finding('a', 0, 5, 'A'), finding('b', 3, 8, 'B', 'error')]);
    expect(out.map((f) => [f.ruleId, f.fix?.replacement ?? null])).toEqual([
      ['a', null],
      ['b', 'B'],
    ]);
    expect(out[0]!.message).toContain('would overlap the b fix');
  });

  it('applies fixes from the end and skips one whose text changed', () => {
    const text = 'On October 4 at 7:00 pm.';
    const found = [
      { ruleId: 'd', severity: 'warning' as const, from: 3, to: 10, text: 'October', message: '', fix: { label: '', replacement: 'Oct.' } },
      {
        ruleId: 't',
        severity: 'warning' as const,
        from: 16,
        to: 23,
        text: '7:00 pm',
        message: '',
        fix: { label: '', replacement: '7 p.m.' },
      },
      { ruleId: 'stale', severity: 'warning' as const, from: 0, to: 2, text: 'In', message: '', fix: { label: '', replacement: 'At' } },
    ];
    expect(applyFixes(text, found)).toEqual({ text: 'On Oct. 4 at 7 p.m..', applied: 2, skipped: 1 });
  });

  it('a house entry that a rule would undo gets no fix, and says why', () => {
    // The house prefers "stated"; news style prefers "said": fixing either would bring the other back.
    const checker = new Checker({
      entries: [{ find: 'said', use: 'stated', severity: 'warning', caseSensitive: false, line: 2 }],
      rules: {},
      notices: [],
    });
    const found = checker.check(articleWith(['"We will go," Smith said.', '"We will go," Jones stated.'])).findings;
    const house = found.find((f) => f.ruleId === 'house')!;
    const rule = found.find((f) => f.ruleId === 'attribution.said')!;
    expect([house.fix, rule.fix]).toEqual([undefined, undefined]);
    expect(house.message).toContain('the attribution.said rule would undo it');
    expect(rule.message).toContain('the house rule would undo it');
  });
});

describe('a budget for the retext pass', () => {
  it('reports the news-style findings at once and finishes the retext pass on later calls', () => {
    const checker = new Checker();
    const article = articleWith(Array.from({ length: 30 }, (_, i) => `The the minister said ${i + 10} times that 3 people came.`));
    const first = checker.check(article, { proseBudgetMs: 0 });
    expect(first.pendingBlocks).toBe(30);
    expect(first.findings.some((f) => f.ruleId === 'numbers.spell-one-to-nine')).toBe(true);
    expect(first.findings.some((f) => f.ruleId === 'prose.repeated-word')).toBe(false);
    let result = first;
    for (let i = 0; i < 40 && result.pendingBlocks > 0; i++) result = checker.check(article, { proseBudgetMs: 5 });
    expect(result.pendingBlocks).toBe(0);
    expect(result.findings.filter((f) => f.ruleId === 'prose.repeated-word')).toHaveLength(30);
  });
});
