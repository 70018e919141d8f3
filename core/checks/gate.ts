import type { Article } from '../article/schema';
import { describeOpenReview, openReview, type OpenReview } from '../review/openReview';
import { bodyBlocks } from '../text/bodyText';
import { hasUnattributedQuote } from './newsStyle/attribution';
import type { CheckField, Finding } from './types';

/**
 * The ready-for-desk gate: what must hold before an article moves to Ready or Published. Each failure
 * names the place to fix it (a field, and for the body the paragraph), so the UI can link to it.
 */
export interface GateFailure {
  id: string;
  message: string;
  field: CheckField | 'embargo' | 'status' | 'threads';
  block?: number;
}

export interface GateInput {
  article: Article;
  findings: readonly Finding[];
  /** The desk's soft limits for the counted fields (Settings). */
  limits: { headline: number; standfirst: number };
  now: Date;
  /** Open suggestions and comments (issue 14's review data); tests may stand in their own count. */
  openThreads?: (article: Article) => OpenReview;
}

/** "LONDON", "LEEDS, England", "WASHINGTON (AP)", "ST. LOUIS": the city in capitals, then an optional region and agency. */
const DATELINE = /^[A-Z][A-Z.'’ -]*[A-Z.](, [A-Z][A-Za-z.'’ -]*[A-Za-z.])?( \([A-Za-z. ]+\))?( [-–—])?$/;

export function wellFormedDateline(dateline: string): boolean {
  return dateline.trim() === '' || DATELINE.test(dateline.trim());
}

export function runGate({ article, findings, limits, now, openThreads = openReview }: GateInput): GateFailure[] {
  const failures: GateFailure[] = [];
  const need = (ok: boolean, failure: GateFailure) => {
    if (!ok) failures.push(failure);
  };
  const { newsroom } = article;
  need(newsroom.withdrawal === null, {
    id: 'withdrawn',
    field: 'status',
    message: `The story was ${newsroom.withdrawal?.kind === 'kill' ? 'killed' : 'withdrawn'}: ${newsroom.withdrawal?.reason ?? ''}`,
  });
  need(article.headline.trim() !== '', { id: 'headline', field: 'headline', message: 'Write a headline.' });
  need(article.standfirst.trim() !== '', { id: 'standfirst', field: 'standfirst', message: 'Write a standfirst.' });
  need(article.section.trim() !== '', { id: 'section', field: 'section', message: 'Choose a section.' });
  need(article.byline.trim() !== '' || article.source.trim() !== '', {
    id: 'byline',
    field: 'byline',
    message: 'Add a byline or a source.',
  });
  need(article.headline.length <= limits.headline, {
    id: 'headline-limit',
    field: 'headline',
    message: `The headline is over its ${limits.headline}-character limit.`,
  });
  need(article.standfirst.length <= limits.standfirst, {
    id: 'standfirst-limit',
    field: 'standfirst',
    message: `The standfirst is over its ${limits.standfirst}-character limit.`,
  });
  if (article.leadImage) {
    need(article.leadImage.credit.trim() !== '', { id: 'image-credit', field: 'credit', message: 'The lead image needs a credit.' });
    need(article.leadImage.alt.trim() !== '', { id: 'image-alt', field: 'alt', message: 'The lead image needs alt text.' });
  }
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    failures.push({
      id: 'check-errors',
      field: first.field,
      block: first.block,
      message: `${errors.length} error-level ${errors.length === 1 ? 'finding' : 'findings'} in the checks (first: ${first.message})`,
    });
  }
  const open = openThreads(article);
  need(open.comments + open.suggestions === 0, { id: 'threads', field: 'threads', message: describeOpenReview(open) });
  const unattributed = bodyBlocks(article.body).findIndex((text) => hasUnattributedQuote(text));
  need(unattributed === -1, {
    id: 'attribution',
    field: 'body',
    block: unattributed,
    message: `Paragraph ${unattributed + 1} quotes someone without saying who.`,
  });
  need(wellFormedDateline(article.dateline), {
    id: 'dateline',
    field: 'dateline',
    message: 'The dateline should be the city in capitals, then an optional region: “LEEDS, England”.',
  });
  if (newsroom.embargoUntil !== null) {
    const embargo = new Date(newsroom.embargoUntil);
    need(embargo.getTime() > now.getTime(), {
      id: 'embargo-past',
      field: 'embargo',
      message: 'The embargo time has passed: clear it or set a new one.',
    });
    const published = article.publishedAt === null ? null : new Date(article.publishedAt);
    need(published === null || published.getTime() >= embargo.getTime(), {
      id: 'embargo-publish',
      field: 'embargo',
      message: 'The publish time is before the embargo lifts.',
    });
  }
  return failures;
}
