import { describe, expect, it } from 'vitest';
import { diffArticles } from './articleDiff';
import { newArticle } from '../../../../core/article/schema';
import { paragraph } from '../../../../core/article/bodySchema';

const base = newArticle('0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', new Date('2026-11-28T10:00:00Z'), {
  headline: 'Putin backs Maduro',
  body: { type: 'doc', content: [paragraph('The Kremlin said on Thursday.')] },
});

describe('diffArticles', () => {
  it('marks added and removed words per field', () => {
    const current = {
      ...base,
      headline: 'Putin firmly backs Maduro',
      body: { type: 'doc', content: [paragraph('The Kremlin said on Friday.')] },
    };
    const diff = diffArticles(base, current);
    const headline = diff.find((d) => d.field === 'Headline')!;
    expect(headline.changed).toBe(true);
    expect(headline.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['firmly']);
    const body = diff.find((d) => d.field === 'Body')!;
    expect(body.parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['Thursday']);
    expect(body.parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['Friday']);
    expect(diff.find((d) => d.field === 'Standfirst')!.changed).toBe(false);
  });
});
