import { FIELD_LIMITS } from '../../core/article/schema';
import { parseByline } from './byline';
import { parseCaptionLine, type CaptionLine } from './caption';
import { collapseSpaces, wordCount } from './text';
import { classifyTimeLine, type TimeLine } from './timeLine';
import { isFurniture, isKnownOutlet, isKnownSection } from './vocabulary';

/** What a line of the page's header says about the story. One line may say several ("By X · 2h ago"). */
export type HeaderFact =
  | { kind: 'readTime'; text: string }
  | { kind: 'time'; time: TimeLine }
  | { kind: 'byline'; byline: string }
  | { kind: 'section'; section: string }
  | { kind: 'caption'; caption: CaptionLine };

/** Lines with a fixed meaning wherever they appear in the body. */
export type BodyMarker =
  | { kind: 'related'; title: string; outlet: string | null }
  | { kind: 'relatedLabel' }
  | { kind: 'source'; source: string }
  | { kind: 'credit'; credit: string }
  | { kind: 'furniture' };

// Header lines are short; classifying only short lines keeps a pasted megabyte-long line cheap.
const MAX_HEADER_LINE = FIELD_LIMITS.caption + 100;
const META_SEPARATOR = /\s+[|·•]\s+|\s*[·•]\s*/;

const READ_TIME =
  /^(?:(?:estimated\s+)?read(?:ing)?\s*time\s*:?\s*)?(?:about\s+|approx\.?\s+|~\s*|less\s+than\s+|<\s*)?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*(?:min(?:ute)?s?|m)\.?(?:\s+(?:read|reading(?:\s+time)?|to\s+read|listen))?$/i;

/** "2 min read", "5-minute read", "Reading time: 3 minutes"; a bare "3 minutes" is not enough. */
export function isReadTime(line: string): boolean {
  const text = collapseSpaces(line).toLowerCase();
  return READ_TIME.test(text) && /read|listen/.test(text);
}

function classifyPart(part: string, now: Date, bare: boolean): HeaderFact | null {
  if (isReadTime(part)) return { kind: 'readTime', text: part };
  const time = classifyTimeLine(part, now);
  if (time) return { kind: 'time', time };
  const byline = parseByline(part, { bare });
  if (byline) return { kind: 'byline', byline };
  const caption = parseCaptionLine(part);
  if (caption) return { kind: 'caption', caption };
  return null;
}

/**
 * The facts a header line states, or null when it is prose. Meta lines joined by "|" or "·" count only
 * when every part is a fact, so a headline with a "|" in it stays a headline.
 */
export function classifyHeaderLine(line: string, now: Date): HeaderFact[] | null {
  const text = collapseSpaces(line);
  if (text.length === 0 || text.length > MAX_HEADER_LINE) return null;
  const section = sectionTag(text);
  if (section) return [{ kind: 'section', section }];
  const whole = classifyPart(text, now, false);
  if (whole) return [whole];
  // Copy from styled spans can run labels into the text before them: "14:05 GMTUpdated 33 mins ago".
  const unglued = text.replace(/(?<=[^\s|·•])(?=(?:Updated|Published|Posted|Last updated)\b)/g, ' · ');
  const parts = unglued.split(META_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return null;
  const facts = parts.map((part) => classifyPart(part, now, true));
  if (facts.some((fact) => fact === null)) return null;
  return facts as HeaderFact[];
}

/**
 * A section printed as a hashtag ("#World News") or a breadcrumb ("Home > World > Europe") anywhere in the
 * header; the breadcrumb's last part is the most specific.
 */
function sectionTag(text: string): string | null {
  const hashtag = /^#\s?(\p{L}[\p{L}\p{N}&' -]{0,38})$/u.exec(text);
  if (hashtag) return hashtag[1]!.trim();
  return /\s[>›»]\s/.test(text) ? parseSectionLabel(text) : null;
}

/**
 * The section label on the first line: a short ALL-CAPS line ("WORLD", "MIDDLE EAST"), a known section
 * in any case, a single capitalised word ("Politics"), or a breadcrumb of those ("News > World").
 * Returns the label as printed, last breadcrumb part first-class since it is the most specific.
 */
export function parseSectionLabel(line: string): string | null {
  const text = collapseSpaces(line);
  if (text.length === 0 || text.length > 40 || /[.!?,;:"“”]$/.test(text)) return null;
  const crumbs = text.split(/\s*[>›»|]\s*|\s+\/\s+/).filter(Boolean);
  const label = crumbs[crumbs.length - 1] ?? '';
  if (crumbs.length > 1) {
    // A breadcrumb ("News|Russia-Ukraine war") names its trail's end freely once one part is a section.
    const short = crumbs.every((crumb) => crumb.length <= 30 && wordCount(crumb) <= 4 && !/[.!?]$/.test(crumb));
    return short && crumbs.some((crumb) => parseSectionLabel(crumb) !== null) ? label : null;
  }
  if (isKnownSection(label)) return label;
  const hasLetters = /\p{L}/u.test(label);
  const allCaps = hasLetters && label === label.toUpperCase() && label !== label.toLowerCase();
  if (allCaps && wordCount(label) <= 4 && !/\d{3,}/.test(label)) return label;
  if (/^\p{Lu}\p{Ll}{2,19}$/u.test(label)) return label;
  return null;
}

const RELATED_LABEL =
  /^(?:Related|RELATED|Read [Mm]ore|READ MORE|Also [Rr]ead|ALSO READ|Read [Aa]lso|READ ALSO|See [Aa]lso|SEE ALSO|More [Oo]n [Tt]his(?: [Ss]tory)?|MORE ON THIS(?: STORY)?)(?![\p{Ll}])/u;
const LABEL_ONLY_TAIL = /^(?:\s*(?:stories|story|articles|article|news|coverage|content|reading|links?))?\s*[:\-–—|]?\s*$/i;
const OUTLET_SPLIT = /^(.{2,40}?)\s+[-–—|]\s+(.+)$/;
const SOURCE = /^sources?\s*:\s*(.+)$/i;

/** "TRT World - Russia maintains ..." → outlet and title; a plain title keeps a null outlet. */
export function splitOutlet(text: string): { title: string; outlet: string | null } {
  const split = OUTLET_SPLIT.exec(text);
  if (split) {
    const [, outlet = '', title = ''] = split;
    const outletLike =
      isKnownOutlet(outlet) ||
      (wordCount(outlet) <= 4 && outlet.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && !/[.!?:]$/.test(outlet));
    // A headline starts with a capital, so "Ukraine - the war in numbers" is one title, not outlet and title.
    if (outletLike && wordCount(title) >= 3 && /^[\p{Lu}\p{N}"“'‘]/u.test(title)) return { title: title.trim(), outlet: outlet.trim() };
  }
  return { title: text.trim(), outlet: null };
}

const CREDIT_NAME = "\\p{Lu}[\\p{L}'’.-]*";
// A role, "by", then names only (with "and", "in <Place>" and name particles): "Reporting by Ayla Jean
// Yackley in Istanbul", "Editing by Janet Lawrence, Alex Richardson".
const CREDIT_ROLE =
  /^(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|graphics|production|fact-checking|verification)(?:\s+and\s+(?:reporting|writing|editing|research))?\s+by\s+/i;
const CREDIT_NAMES = new RegExp(`^${CREDIT_NAME}(?:\\s+(?:${CREDIT_NAME}|and|in|de|da|van|von|der|al|bin|&)|,\\s+${CREDIT_NAME})*$`, 'u');
const isCreditPart = (part: string): boolean => {
  const role = CREDIT_ROLE.exec(part);
  return role !== null && CREDIT_NAMES.test(part.slice(role[0].length));
};

/**
 * An agency credit trailer: "Reporting by Ayla Jean Yackley; Writing by David Dolan; Editing by Janet
 * Lawrence", often in brackets. Every part must be a credit, so a sentence about an editor stays body.
 */
export function agencyCredit(raw: string): string | null {
  const text = collapseSpaces(raw)
    .replace(/^\(\s*|\s*\)\.?$/g, '')
    .replace(/\.$/, '');
  if (text.length > FIELD_LIMITS.source) return null;
  const parts = text.split(/\s*;\s*|\s*,\s+(?=(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing)\b)/i).filter(Boolean);
  return parts.length > 0 && parts.every(isCreditPart) ? text : null;
}

/** Related teasers, the SOURCE line, agency credits and page furniture, which mean the same anywhere in the body. */
export function classifyBodyLine(raw: string): BodyMarker | null {
  if (raw.length > MAX_HEADER_LINE) return null;
  if (isFurniture(raw)) return { kind: 'furniture' };
  const credit = agencyCredit(raw);
  if (credit) return { kind: 'credit', credit };
  const source = SOURCE.exec(raw);
  if (source) {
    const value = collapseSpaces(source[1] ?? '');
    if (value.length > 0 && value.length <= FIELD_LIMITS.source && wordCount(value) <= 12) return { kind: 'source', source: value };
  }
  const label = RELATED_LABEL.exec(raw);
  if (!label) return null;
  const tail = raw.slice(label[0].length);
  if (LABEL_ONLY_TAIL.test(tail)) return { kind: 'relatedLabel' };
  // The separator is what tells a teaser from a sentence that starts with "Related": none at all (the
  // page's label and link run together), punctuation, or a wide gap.
  const separated = /^(?:\s*[:\-–—|]\s*|\s{2,}|(?=[\p{Lu}\p{N}"“'‘]))/u.exec(tail);
  const singleSpace = /^ (?=[\p{Lu}\p{N}"“'‘])/u.test(tail) && !/[.;,]$/.test(tail) && tail.length <= 200;
  if (!separated && !singleSpace) return null;
  const titleText = collapseSpaces(tail.slice(separated ? separated[0].length : 1));
  if (titleText.length === 0 || titleText.length > FIELD_LIMITS.headline) return null;
  return { kind: 'related', ...splitOutlet(titleText) };
}

/** The line after a bare "Related" label is the teaser's title when it reads like one. */
export function relatedTitleLine(raw: string): { title: string; outlet: string | null } | null {
  const text = collapseSpaces(raw);
  if (text.length === 0 || text.length > 200 || /[.;,]$/.test(text)) return null;
  return splitOutlet(text);
}
