import type { ReviewComment } from '../../core/review/reviewSchema';
import { find, findAll, kids, parseXml, plainText } from './docxXml';

export interface ReadComments {
  /** By Word comment id (w:id). */
  comments: Map<string, ReviewComment>;
  warnings: string[];
}

/** Word comment ids become ours with a prefix, so they never collide with the editor's own. */
export const commentId = (wordId: string) => `w${wordId}`;

/**
 * comments.xml (text, author, initials, date) and commentsExtended.xml (reply threads and "done"),
 * joined by the w14:paraId of each comment's last paragraph.
 */
export function readComments(commentsXml: string | null, extendedXml: string | null): ReadComments {
  const comments = new Map<string, ReviewComment>();
  const warnings: string[] = [];
  if (!commentsXml) return { comments, warnings };
  const roots = parseXml(commentsXml);
  if (!find(roots, 'w:comments'))
    warnings.push(
      'The file’s comments part (comments.xml) is damaged; comments whose text could not be read are kept with a note saying so.',
    );
  const byParaId = new Map<string, string>();
  for (const el of findAll(roots, 'w:comment')) {
    const wordId = el.attribs['w:id'];
    if (wordId === undefined) continue;
    const date = el.attribs['w:date'];
    const parsed = date ? Date.parse(date) : Number.NaN;
    const paragraphs = kids(el).filter((k) => k.name === 'w:p');
    const last = paragraphs[paragraphs.length - 1];
    const paraId = last?.attribs['w14:paraId'];
    if (paraId) byParaId.set(paraId.toUpperCase(), wordId);
    comments.set(wordId, {
      id: commentId(wordId),
      parentId: null,
      author: el.attribs['w:author'] ?? '',
      initials: (el.attribs['w:initials'] ?? '').slice(0, 8),
      date: Number.isNaN(parsed) ? '' : new Date(parsed).toISOString(),
      text: paragraphs
        .map((p) => plainText(p))
        .join('\n')
        .slice(0, 10_000),
      resolved: false,
      quote: '',
    });
  }
  if (extendedXml) {
    for (const ex of findAll(parseXml(extendedXml), 'w15:commentEx')) {
      const wordId = byParaId.get((ex.attribs['w15:paraId'] ?? '').toUpperCase());
      const comment = wordId === undefined ? undefined : comments.get(wordId);
      if (!comment) continue;
      if (ex.attribs['w15:done'] === '1') comment.resolved = true;
      const parentWordId = byParaId.get((ex.attribs['w15:paraIdParent'] ?? '').toUpperCase());
      if (parentWordId !== undefined && parentWordId !== wordId) comment.parentId = commentId(parentWordId);
    }
  }
  return { comments, warnings };
}
