import { FIELD_LIMITS } from '../../core/article/schema';
import { collapseSpaces } from './text';

export interface Dateline {
  /** The place and any date, as printed: "MOSCOW", "CARACAS, Dec 11", "KYIV, Ukraine". */
  dateline: string;
  /** The parts after the place ("Dec 11", "Ukraine"); one of them may be the only date the copy gives. */
  details: string[];
  agency: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

// The place is upper case ("ST. PETERSBURG", "N'DJAMENA"); the details after it may be mixed case.
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’ -]{0,40}?[\p{Lu}.]`;
const DETAIL = String.raw`,\s*[\p{L}\p{N}.'’ ]{1,30}?`;
const AGENCY = String.raw`\(\s*(\p{L}[\p{L}\p{N} .&'’/-]{0,38}?)\s*\)`;
const DATELINE = new RegExp(String.raw`^(?:(${PLACE}(?:${DETAIL}){0,3})\s*)?(?:${AGENCY}\s*)?(?:[-–—−]{1,2}(?:\s+|$)|:\s+)`, 'u');

/**
 * Splits a wire dateline off the start of a paragraph: "MOSCOW (Reuters) - ", "CARACAS, Dec 11 (AP) — ",
 * "WASHINGTON — ", "NEW DELHI: ", "(Reuters) - ". Needs the upper-case place or the agency, then a dash,
 * then text that starts a sentence, so "NATO - the alliance" and ordinary sentences are left alone.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 300));
  if (!m) return null;
  const [matched, placeText, agencyText] = m;
  if (placeText === undefined && agencyText === undefined) return null;
  const rest = paragraph.slice(matched.length).trim();
  if (rest.length > 0 && !/^[\p{Lu}\p{N}"“'‘(]/u.test(rest)) return null;
  const colon = /:\s*$/.test(matched);
  if (colon && (placeText === undefined || placeText.includes(','))) return null;

  const [place = '', ...details] = (placeText ?? '').split(',').map((part) => collapseSpaces(part));
  if (placeText !== undefined && (place.replace(/[^\p{Lu}]/gu, '').length < 2 || /\p{Ll}/u.test(place))) return null;
  const dateline = collapseSpaces(placeText ?? '').replace(/\s*,\s*/g, ', ');
  if (dateline.length > FIELD_LIMITS.dateline) return null;
  return { dateline, details, agency: agencyText ? collapseSpaces(agencyText) : null, rest };
}
