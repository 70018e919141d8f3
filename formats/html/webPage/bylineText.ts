/**
 * A byline as the page prints it, reduced to the names: "By " and role words off, contact details,
 * handles and biography text cut, a name printed twice (a link and its tooltip) kept once. Returns ''
 * when what is left is not a plausible byline, so the next source is tried.
 */
const CUT_AT =
  /\s*(?:\bbiography\b|\bfollow\b|\bemail\b|\be-mail\b|\bupdated\b|\bpublished\b|\bposted\b|\bread more\b|\bcontact\b|\bview profile\b|\bmore from\b|\s[|•·]\s|\s[-–—]\s(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))|\S+@\S+|@\w+|\bhttps?:\/\/)/i;
const LEADING = /^\s*(?:by|von|par|por|di|door|av|af|written by|words by|text by|story by)\s*[:-]?\s+/i;
const MAX_LENGTH = 120;
// A picture's credit printed where bylines sit ("Photo by: The Associated Press") is not the story's author.
const PICTURE_CREDIT = /^\s*(?:photos?|photograph(?:s|y)?|pictures?|images?|video|graphic|illustration)\s*(?:by|credit)?\s*:/i;

export function cleanByline(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  if (!text || PICTURE_CREDIT.test(text)) return '';
  const cut = CUT_AT.exec(text);
  if (cut && cut.index > 0) text = text.slice(0, cut.index);
  text = text
    .replace(LEADING, '')
    .replace(/[\s,;:|•·–—-]+$/, '')
    .trim();
  text = collapseRepeat(text);
  if (text.length > MAX_LENGTH || !/\p{L}/u.test(text)) return '';
  return text;
}

/** "Sarah E. Needleman Sarah E. Needleman The Wall Street Journal" → "Sarah E. Needleman". */
function collapseRepeat(text: string): string {
  const words = text.split(' ');
  for (let size = 1; size <= Math.floor(words.length / 2); size++) {
    const head = words.slice(0, size).join(' ');
    if (words.slice(size, size * 2).join(' ') === head) return head;
  }
  return text;
}

/** Several authors as one byline: "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Diaz". */
export function joinAuthors(names: readonly string[]): string {
  const clean = names.map(cleanByline).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}
