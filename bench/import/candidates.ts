import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { htmlToBody } from '../../core/html/htmlToBody';
import { bodyPlainText } from '../../core/text/bodyText';
import { importHtml } from '../../formats/html/htmlImport';
import { importHtml as seedImportHtml } from './seedHtmlImport';

/** What each extractor under comparison gives back, in the benchmark's terms. */
export interface Extracted {
  body: string;
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  publishedAt: string | null;
}

export type Extractor = (html: string) => Extracted;

const context = { id: '00000000-0000-4000-8000-000000000000', now: new Date('2026-01-01T00:00:00Z') };

/** The body as Copydesk would store it: every candidate's HTML goes through the one allow-list. */
const bodyText = (html: string): string => bodyPlainText(htmlToBody(html));

/** The pipeline this issue builds: importHtml as the app runs it. */
export const copydeskPipeline: Extractor = (html) => {
  const { article } = importHtml(html, context);
  return {
    body: bodyPlainText(article.body),
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    publishedAt: article.publishedAt ?? null,
  };
};

export const seedImporter: Extractor = (html) => {
  const { article } = seedImportHtml(html, context);
  return {
    body: bodyPlainText(article.body),
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    publishedAt: article.publishedAt ?? null,
  };
};

export const readabilityLinkedom: Extractor = (html) => {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  return {
    body: parsed?.content ? bodyText(parsed.content) : '',
    headline: parsed?.title ?? null,
    standfirst: parsed?.excerpt ?? null,
    byline: parsed?.byline ?? null,
    publishedAt: parsed?.publishedTime ?? null,
  };
};

export const defuddleLinkedom: Extractor = (html) => {
  const { document } = parseHTML(html);
  const parsed = new DefuddleClass(document as unknown as Document, {}).parse();
  return {
    body: parsed.content ? bodyText(parsed.content) : '',
    headline: parsed.title || null,
    standfirst: parsed.description || null,
    byline: parsed.author || null,
    publishedAt: parsed.published || null,
  };
};
