import { LanguageTagSchema } from '../../core/article/schema';
import type { ImportWarning } from '../../core/import/importTypes';
import { guessRtlLanguage, textDirection } from '../../core/text/direction';
import type { DocxPackage } from './docxPackage';
import type { ReadParagraph } from './docxParagraphReader';
import { find, parseXml, textContent } from './docxXml';

const valid = (tag: string | undefined): string | null => {
  if (!tag) return null;
  const parsed = LanguageTagSchema.safeParse(tag.trim());
  return parsed.success ? Intl.getCanonicalLocales(parsed.data)[0]! : null;
};

/**
 * The article's language, and so its direction, from the Word file: the package's dc:language (our
 * export writes it), else for a right-to-left document (most text paragraphs w:bidi, or w:rtl runs) the
 * complex-script language of the document defaults (w:lang w:bidi), else the language its letters are.
 * A left-to-right document without dc:language keeps the default: Word's w:lang is the author's
 * spelling language ("en-US" in most templates), not a statement about the story.
 */
export function readLanguage(
  pkg: DocxPackage,
  paragraphs: readonly ReadParagraph[],
  rtlRuns: number,
  text: string,
): { language: string | null; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const withText = paragraphs.filter((p) => p.inlines.length > 0);
  const rtl = rtlRuns > 0 || (withText.length > 0 && withText.filter((p) => p.rtl).length * 2 >= withText.length);
  const core = pkg.part('docProps/core.xml');
  const declared = core ? find(parseXml(core), 'dc:language') : undefined;
  const declaredText = declared ? textContent(declared).trim() : '';
  const stated = valid(declaredText);
  if (declaredText && !stated)
    warnings.push({
      field: 'language',
      message: `The document’s language “${declaredText}” is not a language tag; set the language by hand.`,
    });
  if (stated) {
    if (rtl && textDirection(stated) !== 'rtl')
      warnings.push({
        field: 'language',
        message: `The document is laid out right to left but says its language is “${stated}”, which is written left to right; the article is “${stated}”. Change the language if the story is in Arabic, Hebrew, Persian or Urdu.`,
      });
    return { language: stated, warnings };
  }
  if (!rtl) {
    const rtlParagraphs = withText.filter((p) => p.rtl).length;
    if (rtlParagraphs > 0)
      warnings.push({
        field: 'language',
        message: `${rtlParagraphs} of the document’s ${withText.length} paragraphs are right to left; an article has one direction, from its language, so they show left to right. Set the language if the story is in a right-to-left language.`,
      });
    return { language: null, warnings };
  }
  const styles = pkg.part('word/styles.xml');
  const defaults = styles ? find(parseXml(styles), 'w:rPrDefault') : undefined;
  const lang = defaults ? find([defaults], 'w:lang') : undefined;
  const bidi = valid(lang?.attribs['w:bidi']);
  if (bidi && textDirection(bidi) === 'rtl') return { language: bidi, warnings };
  const guessed = guessRtlLanguage(text);
  if (guessed) {
    warnings.push({
      field: 'language',
      message: `The document is right to left and names no language; its letters read as “${guessed}”. Check the language.`,
    });
    return { language: guessed, warnings };
  }
  warnings.push({
    field: 'language',
    message:
      'The document is laid out right to left but names no language and its letters are not Arabic or Hebrew script; set the language by hand.',
  });
  return { language: null, warnings };
}
