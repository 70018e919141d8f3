import type { Review } from '../../core/review/reviewSchema';
import type { ImportWarning } from '../../core/import/importTypes';
import type { ReadStats } from './docxParagraphReader';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the review dialog says about the file's tracked changes and comments: nothing is accepted silently. */
export function reviewWarnings(stats: ReadStats, review: Review, unanchored: number): ImportWarning[] {
  const out: ImportWarning[] = [];
  const say = (message: string) => out.push({ field: 'review', message });
  if (stats.revisions > 0) {
    const authors = [...stats.authors];
    const by =
      authors.length === 0 ? '' : ` by ${authors.slice(0, 5).join(', ')}${authors.length > 5 ? ` and ${authors.length - 5} more` : ''}`;
    say(`${plural(stats.revisions, 'tracked change')}${by} came in as suggestions; none was accepted. Review them in the Review panel.`);
  }
  const roots = review.comments.filter((c) => c.parentId === null).length;
  if (review.comments.length > 0)
    say(
      `${plural(roots, 'comment')} ${review.comments.length > roots ? `with ${plural(review.comments.length - roots, 'reply', 'replies')} ` : ''}came in as comment threads.`,
    );
  if (review.editorNote) say('The file carries an editor’s note; it is on the article.');
  if (stats.noAuthor > 0) say(`${plural(stats.noAuthor, 'tracked change')} had no author; they show as “Unknown author”.`);
  if (stats.moves > 0)
    say(
      `${plural(stats.moves, 'moved passage')} (move from / move to) show as a deletion where the text was and an insertion where it went.`,
    );
  if (stats.insertedThenDeleted > 0)
    say(
      `${plural(stats.insertedThenDeleted, 'passage')} inserted by one reviewer and deleted by another show as deletions, so the text stays visible until you decide.`,
    );
  if (stats.unclosedComments.size > 0)
    say(
      `${plural(stats.unclosedComments.size, 'comment')} had an anchor with no end; each is anchored to the rest of the paragraph it starts in.`,
    );
  if (unanchored > 0)
    say(
      `${plural(unanchored, 'comment')} had no text in the body to anchor to (on the headline, or on text no longer there); they are kept, marked as not anchored.`,
    );
  return out;
}
