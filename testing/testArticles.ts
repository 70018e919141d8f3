import type { BodyMark, BodyNode } from '../core/article/bodySchema';
import { relatedTeaserNode } from '../core/article/relatedTeaser';
import { newArticle, type Article } from '../core/article/schema';
import type { ExportContext } from '../core/export/exportTypes';

/**
 * Shared by the ninjs, NITF and plain-text export tests: one article that sets every field and uses every
 * node and mark the editor can produce, with the characters that break naive serialisers, and the
 * smallest valid article. Built on the seed story so the output reads like real copy.
 */
export const FULL_ID = '3f2c9a4e-8b1d-4c6f-9e2a-7d5b1c0e4f21';
export const RELATED_ID = '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const MINIMAL_ID = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';

const text = (value: string, ...marks: BodyMark[]): BodyNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content: [para(...content)] });

export const fullBody: BodyNode = {
  type: 'doc',
  content: [
    para(
      text(
        'Russian President Vladimir Putin reaffirmed his support for Venezuela in a phone call with long-time ally President Nicolás Maduro, the Kremlin said.',
      ),
    ),
    para(
      text('The call comes after the '),
      text('United States', { type: 'bold' }),
      text(' seized an '),
      text('oil tanker', { type: 'italic' }),
      text(' off the '),
      text('Venezuelan', { type: 'underline' }),
      text(' coast, the '),
      text('latest', { type: 'strike' }),
      text(' point of friction; see '),
      text('tanker.log', { type: 'code' }),
      text(' and '),
      text('the Kremlin read-out', { type: 'link', attrs: { href: 'https://example.com/read-out?a=1&b=2' } }),
      text('.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('Energy & trade: "deeper" ties <2025>')] },
    {
      type: 'blockquote',
      content: [
        para(text('"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said.')),
        para(text('Кремль: «солидарность» — 87 people, 22 strikes 🇻🇪')),
      ],
    },
    relatedTeaserNode({
      title: "Russia maintains 'constant contact' with Venezuela as Caribbean tensions mount",
      url: 'https://www.trtworld.com/world/russia-venezuela',
      outlet: 'TRT World',
    }),
    {
      type: 'bulletList',
      content: [item(text('Trade & economy')), item(text('Energy, finance and "cultural-humanitarian" spheres'))],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [item(text('The US seized a tanker.')), item(text('Troops rappelled onto its deck from a helicopter.'))],
    },
    { type: 'horizontalRule' },
    para(
      text('Washington has accused Maduro of leading a drug cartel, which he denies.'),
      { type: 'hardBreak' },
      text("Maduro has said the US is seeking regime change because of Venezuela's vast stores of oil."),
    ),
    relatedTeaserNode({ title: 'Earlier: Maduro visits Moscow', articleId: RELATED_ID }),
    para(
      text(
        'US President Donald Trump has deployed warships within striking distance of Venezuela, and at least 87 people have been killed in at least 22 strikes on boats in the Eastern Pacific and the Caribbean Sea.',
      ),
    ),
  ],
};

export function fullArticle(): Article {
  return newArticle(FULL_ID, new Date('2025-12-11T09:00:00.000Z'), {
    slug: 'putin-maduro-call',
    section: 'WORLD',
    headline: 'Putin backs Maduro against US pressure, pledges deeper economic & energy ties',
    standfirst:
      'The two leaders hold a phone call after the US seized an oil tanker off the Venezuelan coast, the latest of several points of friction <between> the two countries.',
    byline: "Staff & Agencies' Desk",
    dateline: 'MOSCOW / CARACAS',
    leadImage: {
      asset: `${'a'.repeat(64)}.jpg`,
      caption: '"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin says.',
      credit: 'Reuters',
      alt: 'Vladimir Putin at a desk during a phone call',
    },
    body: fullBody,
    related: [
      {
        title: "Russia maintains 'constant contact' with Venezuela",
        url: 'https://www.trtworld.com/world/russia-venezuela',
        outlet: 'TRT World',
      },
      { title: 'Earlier: Maduro visits Moscow', articleId: RELATED_ID },
    ],
    source: 'TRTWorld and agencies',
    tags: ['Russia', 'Venezuela', 'Vladimir Putin', 'Nicolás Maduro'],
    language: 'en-GB',
    status: 'published',
    createdAt: '2025-12-11T09:00:00.000Z',
    updatedAt: '2025-12-11T10:15:30.000Z',
    publishedAt: '2025-12-11T10:00:00.000Z',
  });
}

export function minimalArticle(): Article {
  return newArticle(MINIMAL_ID, new Date('2025-01-02T03:04:05.000Z'));
}

export function exportContext(withImage = true): ExportContext {
  return {
    now: new Date('2025-12-11T11:00:00.000Z'),
    ...(withImage ? { image: { href: 'https://cdn.example.com/images/putin-call.jpg', mimeType: 'image/jpeg' as const } } : {}),
    articleHref: (id) => `https://news.example.com/articles/${id}`,
  };
}
