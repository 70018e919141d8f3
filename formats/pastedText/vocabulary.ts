/**
 * Words the parser trusts more than its shape rules. The lists are short on purpose: each entry removes a
 * guess for a common case, and anything not listed still goes through the general rules.
 */

/** News agencies and outlets that appear after a reporter's name or inside a dateline. */
export const OUTLETS: ReadonlySet<string> = new Set(
  [
    'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse', 'aa',
    'anadolu', 'anadolu agency', 'dpa', 'efe', 'ansa', 'xinhua', 'tass', 'ria novosti', 'bloomberg', 'upi',
    'pa', 'pa media', 'kyodo', 'yonhap', 'bernama', 'pti', 'ani', 'ians', 'wafa', 'kuna', 'irna', 'sana',
    'trt world', 'trtworld', 'trt', 'bbc', 'bbc news', 'cnn', 'al jazeera', 'the guardian', 'guardian',
    'the new york times', 'the washington post', 'financial times', 'ft', 'sky news', 'euronews',
    'deutsche welle', 'dw', 'france 24', 'npr', 'abc news', 'cbs news', 'nbc news', 'fox news', 'politico',
    'axios', 'the independent', 'the telegraph', 'the times', 'daily sabah', 'middle east eye',
  ],
);

export function isKnownOutlet(text: string): boolean {
  return OUTLETS.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Section names common enough that a mixed-case first line matching one is a label, not a headline. */
export const SECTIONS: ReadonlySet<string> = new Set([
  'world', 'news', 'politics', 'business', 'economy', 'markets', 'money', 'finance', 'sport', 'sports',
  'opinion', 'analysis', 'comment', 'features', 'feature', 'explainer', 'interview', 'technology', 'tech',
  'science', 'health', 'climate', 'environment', 'culture', 'arts', 'entertainment', 'lifestyle', 'life',
  'travel', 'food', 'education', 'europe', 'asia', 'africa', 'americas', 'middle east', 'asia pacific',
  'asia-pacific', 'latin america', 'us', 'uk', 'turkiye', 'türkiye', 'local', 'national', 'international',
  'breaking news', 'live', 'media', 'law', 'crime', 'defence', 'defense', 'energy', 'world news', 'us news',
  'uk news', 'global', 'region', 'war in ukraine', 'israel-palestine', 'science & tech', 'science and tech',
]);

export function isKnownSection(text: string): boolean {
  return SECTIONS.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Page furniture that survives a select-all copy and is never part of the story. */
export const FURNITURE: ReadonlySet<string> = new Set([
  'advertisement', 'advert', 'ad', 'sponsored', 'scroll to continue', 'scroll to continue with content',
  'continue reading', 'continue reading below', 'share', 'share this', 'share this article', 'share on',
  'copy link', 'link copied', 'listen to this article', 'listen', 'print', 'save', 'save article',
  'skip advertisement', 'skip to content', 'show more', 'story continues below advertisement',
  'article continues below', 'subscribe', 'follow', 'comments', 'click here to share on social media',
  'our standards: the thomson reuters trust principles', 'sign up here', 'report an error',
]);

/** Link text that screen-reader helpers add to copied text ("said, opens new tab") and licensing links. */
export function stripLinkNoise(line: string): string {
  return line.replace(/,?\s*opens new tab\b/gi, '').replace(/\s*Purchase Licensing Rights\s*$/i, '');
}

export function isFurniture(line: string): boolean {
  return FURNITURE.has(line.toLowerCase().replace(/[\s:.…]+$/, '').replace(/\s+/g, ' '));
}

/** Lower-case words a person's name may contain ("Ursula von der Leyen", "Ahmed al-Sharaa"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'and', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'do', 'dos', 'du', 'la', 'le', 'al',
  'el', 'bin', 'ibn', 'bint', 'ben', 'y', 'e', 'in', 'of', 'for', 'staff', 'correspondent', 'reporter',
  'editor', 'writer', 'contributor', 'journalist',
]);

/** Role words that make "Jane Smith, Moscow correspondent" a byline without a "By". */
export const BYLINE_ROLE = /\b(?:correspondent|reporter|editor|writer|staff|contributor|journalist|bureau chief|columnist)s?$/i;
