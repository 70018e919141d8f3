import { FIELD_LIMITS } from '../../core/article/schema';
import { collapseSpaces, wordCount } from './text';
import { isKnownOutlet } from './vocabulary';

/** A lead image's caption and credit as the page printed them; `caption` is '' for a credit-only line. */
export interface CaptionLine {
  caption: string;
  credit: string;
}

const MAX_CREDIT_WORDS = 8;
const LABEL = String.raw`(?:file\s+)?(?:photo(?:graph)?|image|picture|pic|foto|credit|illustration)s?\s*(?::|\bby\b)\s*`;
const LEADING_LABEL = new RegExp(`^${LABEL}`, 'i');
const ANY_LABEL = new RegExp(`(?:^|[\\s(\\[])${LABEL}`, 'gi');
const PAREN_CREDIT = new RegExp(String.raw`\(\s*(${LABEL}[^()]{1,80}|[^()]{1,40}?\bPhoto\s*/\s*[^()]{1,60})\s*\)$`, 'i');
const BRACKET_CREDIT = /\[\s*([^[\]]{1,80})\s*\]$/;
// "... December 11, 2025. Sputnik/Alexander Kazakov/Pool via REUTERS": photographer/agency after a sentence.
const SLASH_CREDIT = /(?<=[.!?"”’)]\s)(\p{Lu}[\p{L}.'’ -]{0,40}(?:\/[\p{L}.'’ -]{1,40}){1,3})$/u;
const STOCK_CREDIT =
  /(?:^|(?<=[.!?"”’)]\s))((?:[\p{L}.' -]{1,40}\/)?(?:[\p{L}. ]{1,30} via )?(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|EPA-EFE)(?:\/[\p{L}. ]{1,30})?)$/u;

function cleanCredit(text: string): string {
  return collapseSpaces(text.replace(LEADING_LABEL, '')).replace(/[\s.,;]+$/, '');
}

/** Agencies and photographers: short, capitalised, no sentence inside. */
function plausibleCredit(credit: string): boolean {
  return (
    credit.length > 0 &&
    credit.length <= FIELD_LIMITS.credit &&
    credit.length <= 80 &&
    wordCount(credit) <= MAX_CREDIT_WORDS &&
    /^\p{Lu}/u.test(credit) &&
    !/[.!?]\s/.test(credit)
  );
}

function result(caption: string, credit: string): CaptionLine | null {
  const cleanCaption = collapseSpaces(caption)
    .replace(/[\s\-–—|/(]+$/, '')
    .trim();
  const cleaned = cleanCredit(credit);
  if (!plausibleCredit(cleaned) || cleanCaption.length > FIELD_LIMITS.caption) return null;
  return { caption: cleanCaption, credit: cleaned };
}

/**
 * Recognises the caption-and-credit line under a lead image in the forms news pages use:
 * "Caption. / Reuters", "Caption / Photo: AA", "Caption (Photo: AFP)", "Caption (AP Photo/Evan Vucci)",
 * "Caption [File: Maxim Shemetov/Reuters]", "Caption. Photograph: Evan Vucci/AP", "Caption. Getty Images",
 * and credit-only lines such as "Photo: Getty Images".
 */
export function parseCaptionLine(line: string): CaptionLine | null {
  const text = line.trim();
  if (text.length === 0 || text.length > FIELD_LIMITS.caption + 100) return null;

  const slash = text.startsWith('/ ') ? 0 : text.lastIndexOf(' / ');
  if (slash >= 0) {
    const found = result(text.slice(0, slash), text.slice(slash + (slash === 0 ? 2 : 3)));
    if (found) return found;
  }

  const paren = PAREN_CREDIT.exec(text);
  if (paren) return result(text.slice(0, paren.index), paren[1] ?? '');

  const bracket = BRACKET_CREDIT.exec(text);
  if (bracket) {
    const inner = (bracket[1] ?? '').replace(/^file\s*:\s*/i, '');
    if (inner.includes('/') || isKnownOutlet(inner) || /getty|shutterstock|alamy|epa/i.test(inner)) {
      return result(text.slice(0, bracket.index), inner);
    }
  }

  // The last label wins, since a caption may itself mention a photo ("A photo released by ...").
  let label: RegExpExecArray | null = null;
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(text); m !== null; m = ANY_LABEL.exec(text)) label = m;
  if (label) {
    const found = result(text.slice(0, label.index), text.slice(label.index + label[0].length));
    if (found) return found;
  }

  const stock = STOCK_CREDIT.exec(text) ?? SLASH_CREDIT.exec(text);
  if (stock) return result(text.slice(0, stock.index), stock[1] ?? '');
  return null;
}
