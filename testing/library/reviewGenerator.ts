import type { BodyNode } from '../../core/article/bodySchema';
import type { ReviewComment } from '../../core/review/reviewSchema';

const AUTHORS = ['Ann Desk', 'Bo Sub', 'Cy Night'];

/**
 * A reviewed copy of a body for benchmarks and tests: `suggestions` replacements (a word deleted, another
 * inserted, one id each) and `comments` comment threads on single words, spread evenly over the text.
 */
export function withReview(body: BodyNode, suggestions: number, comments: number): { body: BodyNode; comments: ReviewComment[] } {
  const paragraphs = (body.content ?? []).filter((n) => n.type === 'paragraph' && n.content?.length === 1 && n.content[0]!.type === 'text');
  const marks = suggestions + comments;
  const step = Math.max(1, Math.floor(paragraphs.length / Math.max(1, marks)));
  const made: ReviewComment[] = [];
  let s = 0;
  let c = 0;
  for (let i = 0; i < paragraphs.length && s + c < marks; i += step) {
    const paragraph = paragraphs[i]!;
    const text = paragraph.content![0]!.text ?? '';
    const at = text.indexOf(' ', 10);
    const end = text.indexOf(' ', at + 1);
    if (at < 0 || end < 0) continue;
    const word = text.slice(at + 1, end);
    const head = { type: 'text', text: text.slice(0, at + 1) };
    const tail = { type: 'text', text: text.slice(end) };
    if (s < suggestions && (c >= comments || (s + c) % 6 !== 5)) {
      const attrs = { id: `b${s}`, author: AUTHORS[s % AUTHORS.length]!, date: '2026-11-29T10:00:00.000Z' };
      paragraph.content = [
        head,
        { type: 'text', text: word, marks: [{ type: 'deletion', attrs }] },
        { type: 'text', text: `${word}s`, marks: [{ type: 'insertion', attrs }] },
        tail,
      ];
      s += 1;
    } else {
      const id = `k${c}`;
      paragraph.content = [head, { type: 'text', text: word, marks: [{ type: 'comment', attrs: { id } }] }, tail];
      made.push({
        id,
        parentId: null,
        author: AUTHORS[c % AUTHORS.length]!,
        initials: '',
        date: '2026-11-29T10:05:00.000Z',
        text: `Check “${word}”.`,
        resolved: false,
        quote: word,
      });
      c += 1;
    }
  }
  return { body, comments: made };
}
