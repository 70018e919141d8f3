import { Paragraph, TextRun } from 'docx';
import type { LeadImage } from '../../core/article/schema';
import type { Review } from '../../core/review/reviewSchema';
import type { DocxDirection } from './docxDirection';
import { fieldRuns } from './docxFieldRuns';
import type { DocxReviewWriter } from './docxReview';
import { STYLE } from './docxStyles';

/** Between caption and credit, as news pages print them: "caption / Credit". */
export const CREDIT_SEPARATOR = ' / ';

/**
 * The lead image's caption paragraph: the caption, then the credit in its own character style (Photo
 * Credit), so the importer can tell them apart without guessing at the separator. A suggestion on
 * either is written as Word tracked changes; a field that is empty but has a suggestion still shows it.
 */
export function captionParagraphs(
  image: LeadImage,
  review: { writer: DocxReviewWriter; data: Review } | undefined,
  direction: DocxDirection,
): Paragraph[] {
  const caption = image.caption.trim();
  const credit = image.credit.trim();
  const captionSuggestion = review?.data.fields.caption;
  const creditSuggestion = review?.data.fields.credit;
  const hasCaption = caption !== '' || (captionSuggestion?.base ?? '') !== '';
  const hasCredit = credit !== '' || (creditSuggestion?.base ?? '') !== '';
  if (!hasCaption && !hasCredit) return [];
  const children = [
    ...fieldRuns(caption, captionSuggestion, review?.writer, { format: direction.run }),
    ...(hasCaption && hasCredit ? [new TextRun({ ...direction.run, text: CREDIT_SEPARATOR })] : []),
    ...fieldRuns(credit, creditSuggestion, review?.writer, { format: { ...direction.run, style: STYLE.credit } }),
  ];
  return [new Paragraph({ ...direction.paragraph, style: STYLE.caption, children })];
}
