import { newArticle } from '../core/article/schema';
import { resolveAll } from '../core/review/resolveSuggestions';
import { toPmDoc } from '../core/review/headlessSchema';
import { exportDocx } from '../formats/docx/docxExport';
import { importDocx } from '../formats/docx/docxImport';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { withReview } from '../testing/library/reviewGenerator';
import type { Row } from './row';
import { interleaved, median } from './stats';

const RUNS = 7;
const context = { now: new Date('2026-11-29T12:00:00.000Z') };
const id = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';

/**
 * Review rows (issue 14): accept all of 1,000 suggestions as the editor does it (resolve the JSON in one
 * pass, build the document for one replace step), and the Word round trip of the 20,000-word article with
 * 1,000 suggestions and 200 comments, each against the same work on the story without review.
 */
export async function reviewRows(): Promise<Row[]> {
  const plain = generateBody(new Rng(20_000), 20_000);
  const reviewed = withReview(structuredClone(plain), 1000, 200);
  const reviewedArticle = newArticle(id, context.now, {
    headline: 'Reviewed 20,000 words',
    body: reviewed.body,
    review: { comments: reviewed.comments, fields: {}, editorNote: '', signOffs: [] },
  });
  const plainArticle = newArticle(id, context.now, { headline: 'Reviewed 20,000 words', body: plain });

  const accept = await interleaved(
    RUNS,
    () => toPmDoc(resolveAll(reviewed.body, 'accept')),
    () => toPmDoc(plain),
  );
  const acceptMs = median(accept.measured);
  const roundTrip = async (article: typeof plainArticle) =>
    importDocx(await exportDocx(article, context), 'story.docx', { id, now: context.now });
  const trip = await interleaved(
    RUNS,
    () => roundTrip(reviewedArticle),
    () => roundTrip(plainArticle),
  );
  const tripMs = median(trip.measured);
  return [
    {
      name: 'accept all of 1,000 suggestions, 20,000 words',
      value: acceptMs,
      unit: 'ms',
      baseline: { name: 'building the same story without them', value: median(accept.baseline) },
      target: { max: 500 },
    },
    {
      name: 'DOCX round trip, 1,000 suggestions + 200 comments',
      value: tripMs,
      unit: 'ms',
      baseline: { name: 'round trip without review', value: median(trip.baseline) },
      target: { max: 2000 },
    },
  ];
}
