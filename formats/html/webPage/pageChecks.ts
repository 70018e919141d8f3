import type { PageParts } from '../htmlImportPage';
import type { ImportWarning } from '../../../core/import/importTypes';
import { guessRtlLanguage, textDirection } from '../../../core/text/direction';
import type { JsonLdArticle } from './jsonLd';
import type { ReadableContent } from './readableContent';

/**
 * What the review dialog should say about a page that is not simply one article: a home or search page,
 * a paywall stub, a page of many headlines. The import goes ahead; the user is told what was found.
 */
export function pageWarnings(input: {
  page: PageParts;
  jsonLd: JsonLdArticle | null;
  readable: ReadableContent | null;
  wholePage: boolean;
  bodyText: string;
}): ImportWarning[] {
  const { page, jsonLd, readable, wholePage, bodyText } = input;
  const warnings: ImportWarning[] = [];
  if (!wholePage) return warnings;
  const words = bodyText.split(/\s+/).filter(Boolean).length;
  const saysArticle = jsonLd !== null || page.type === 'article';
  if (!readable && words > 0) {
    warnings.push({
      field: 'body',
      message:
        'Copydesk could not tell the story from the rest of this page, so the body is the page’s main text. Cut what is not the story.',
    });
  }
  if (!saysArticle && (page.type === 'website' || page.h1Count > 3)) {
    warnings.push({
      field: 'body',
      message:
        'This page does not look like a single article (it may be a home, section or search page). Check that the body is the story you wanted.',
    });
  }
  if (page.h1Count > 3) {
    warnings.push({
      field: 'headline',
      message: `The page has ${page.h1Count} main headings (<h1>); the headline was taken from its metadata or the first one. Check it.`,
    });
  }
  if (jsonLd?.free === false && words < 200) {
    warnings.push({
      field: 'body',
      message: `The page marks the article as for subscribers, and only ${words} words of it were saved. The rest is behind the paywall: paste the full text if you have it.`,
    });
  } else if (words > 0 && words < 60 && saysArticle) {
    warnings.push({
      field: 'body',
      message: `Only ${words} words of the story were found. The page may have been saved before its text loaded, or be a teaser for a paywalled article.`,
    });
  }
  return warnings;
}

/**
 * A right-to-left page keeps its direction through its language tag (see core/text/direction): when
 * the page says rtl but gives no right-to-left language, the language is read from its letters.
 */
export function rightToLeft(direction: string, language: string, bodyText: string): { language?: string; warning?: string } {
  if (direction !== 'rtl' || textDirection(language || 'en') === 'rtl') return {};
  const guess = guessRtlLanguage(bodyText);
  if (guess) {
    return {
      language: guess,
      warning: `The page is right-to-left but did not name a right-to-left language; its letters read as "${guess}". Check the Language field.`,
    };
  }
  return { warning: 'The page says it is right-to-left, but its text is not in a right-to-left script; it was kept left-to-right.' };
}
