import type { IParagraphOptions, IRunOptions } from 'docx';
import { textDirection } from '../../core/text/direction';

/**
 * The writing direction of the whole document, from the article's language (one language per article,
 * so one direction): Word needs `w:bidi` on each right-to-left paragraph and `w:rtl` on each run, or it
 * lays Arabic and Hebrew out left to right and puts the punctuation at the wrong end.
 */
export interface DocxDirection {
  readonly rtl: boolean;
  readonly paragraph: Pick<IParagraphOptions, 'bidirectional'>;
  readonly run: Pick<IRunOptions, 'rightToLeft'>;
}

export const LEFT_TO_RIGHT: DocxDirection = { rtl: false, paragraph: {}, run: {} };
const RIGHT_TO_LEFT: DocxDirection = { rtl: true, paragraph: { bidirectional: true }, run: { rightToLeft: true } };

export function docxDirection(language: string): DocxDirection {
  return textDirection(language) === 'rtl' ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
}
