import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../core/text/bodyText';
import { bodyScore } from '../../testing/webPages/bodyScore';
import { loadCorpus } from '../../testing/webPages/corpus';
import { textFieldRight } from '../../testing/webPages/fieldScore';
import { decodePage } from './webPage/pageCharset';
import { importHtml } from './htmlImport';
import { textDirection } from '../../core/text/direction';

// A guard, not the measurement (that is npm run bench:import over every page): two pages tuned on and
// two kept aside, so a change that breaks extraction on real pages fails here.
const PAGES = ['bbc-1', 'nytimes-1', 'salon-1', 'telegraph'];
const context = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', now: new Date('2025-12-11T09:00:00.000Z') };

describe('importHtml on real saved pages', () => {
  const corpus = loadCorpus().filter((p) => PAGES.includes(p.name));
  it.each(corpus.map((p) => [p.name, p] as const))('%s: the story’s own copy and its headline', (_name, page) => {
    const { article } = importHtml(decodePage(page.bytes).text, context);
    const score = bodyScore(`${article.standfirst}\n\n${bodyPlainText(article.body)}`, page.expectedBody!);
    expect(score.recall).toBeGreaterThan(0.97);
    expect(score.f1).toBeGreaterThan(0.93);
    expect(textFieldRight(article.headline, page.expected.title!)).toBe(true);
  });
});

describe('a right-to-left page', () => {
  it('keeps its language, so the story edits and exports right to left (CNN Arabic)', () => {
    const page = loadCorpus().find((p) => p.name === 'cnn-arabic')!;
    const { article } = importHtml(decodePage(page.bytes).text, context);
    expect(article.language).toBe('ar');
    expect(textDirection(article.language)).toBe('rtl');
    expect(textFieldRight(article.headline, page.expected.title!)).toBe(true);
    expect(bodyScore(bodyPlainText(article.body), page.expectedBody!).recall).toBeGreaterThan(0.95);
  });
});
