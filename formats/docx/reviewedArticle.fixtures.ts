import type { BodyNode } from '../../core/article/bodySchema';
import { newArticle, type Article } from '../../core/article/schema';

const ins = (id: string, author = 'Ann Desk') => ({ type: 'insertion', attrs: { id, author, date: '2026-11-29T10:00:00.000Z' } });
const del = (id: string, author = 'Ann Desk') => ({ type: 'deletion', attrs: { id, author, date: '2026-11-29T10:00:00.000Z' } });
const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

/** A story the desk has worked on: a replacement, a suggested split by a second author, a thread, an orphaned comment, a headline suggestion, an editor's note. */
export function reviewedArticle(): Article {
  return newArticle('0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10', new Date('2026-11-29T09:00:00.000Z'), {
    headline: 'Mayor to reopen bridge',
    byline: 'Sam Reporter',
    standfirst: 'Engineers disagree.',
    body: {
      type: 'doc',
      content: [
        p(
          t('The mayor said on '),
          t('Monday', [del('1')]),
          t('Tuesday', [ins('1')]),
          t(' that the '),
          t('bridge', [{ type: 'comment', attrs: { id: 'c1' } }]),
          t(' would reopen.'),
          t('\u200B', [ins('5', 'Bo Sub')]),
        ),
        p(
          t('\u200B', [ins('5', 'Bo Sub')]),
          t('Second half, with a '),
          t('link', [{ type: 'link', attrs: { href: 'https://example.org/' } }, ins('6')]),
          t('.'),
        ),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('point'))] }] },
      ],
    },
    review: {
      comments: [
        {
          id: 'c1',
          parentId: null,
          author: 'Ann Desk',
          initials: 'AD',
          date: '2026-11-29T10:01:00.000Z',
          text: 'Which bridge?',
          resolved: false,
          quote: 'bridge',
        },
        {
          id: 'c2',
          parentId: 'c1',
          author: 'Sam Reporter',
          initials: 'SR',
          date: '2026-11-29T10:02:00.000Z',
          text: 'The old one.',
          resolved: false,
          quote: '',
        },
        {
          id: 'c3',
          parentId: null,
          author: 'Ann Desk',
          initials: 'AD',
          date: '2026-11-29T10:03:00.000Z',
          text: 'Source?',
          resolved: true,
          quote: 'cut sentence',
        },
      ],
      fields: { headline: { base: 'Mayor reopens bridge', author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } },
      editorNote: 'Hold for legal.',
      signOffs: [],
    },
  });
}
