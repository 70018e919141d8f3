import type { BodyMark, BodyNode } from '../../../core/article/bodySchema';
import { RELATED_TEASER } from '../../../core/article/relatedTeaser';
import { FIELD_LIMITS, newArticle, type RelatedLink } from '../../../core/article/schema';
import { isSafeLinkUrl } from '../../../core/html/safeUrl';
import type { XssPayload } from './payloads';

/** Every free-text field of an article, each filled with payloads as a compromised renderer or a hostile file could. */
export const SCALAR_FIELDS = [
  'section',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'caption',
  'credit',
  'alt',
  'source',
  'slug',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

const LIMITS: Record<ScalarField, number> = {
  section: FIELD_LIMITS.section,
  headline: FIELD_LIMITS.headline,
  standfirst: FIELD_LIMITS.standfirst,
  byline: FIELD_LIMITS.byline,
  dateline: FIELD_LIMITS.dateline,
  caption: FIELD_LIMITS.caption,
  credit: FIELD_LIMITS.credit,
  alt: FIELD_LIMITS.alt,
  source: FIELD_LIMITS.source,
  slug: FIELD_LIMITS.slug,
};

export interface FieldArticle {
  fields: Record<ScalarField, string>;
  tags: string[];
  related: RelatedLink[];
  body: BodyNode;
}

/** Cut to the schema's limit (in UTF-16 units) without splitting a character, so the value stays valid text. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * Spreads the corpus over as few articles as give every payload one scalar field of its own; the tags
 * and related stories of each article take more payloads again, so each one is seen several times.
 */
export function fieldArticles(payloads: readonly XssPayload[]): FieldArticle[] {
  const n = payloads.length;
  const at = (i: number) => payloads[i % n]!;
  const count = Math.ceil(n / SCALAR_FIELDS.length);
  return Array.from({ length: count }, (_, a) => {
    const fields = Object.fromEntries(
      SCALAR_FIELDS.map((field, f) => [field, fit(at(a * SCALAR_FIELDS.length + f).text, LIMITS[field])]),
    ) as Record<ScalarField, string>;
    const tags = [
      ...new Set(
        Array.from({ length: FIELD_LIMITS.tags }, (_, t) => fit(at(a * 7 + t * 5).text, FIELD_LIMITS.tag)).filter((t) => t !== ''),
      ),
    ];
    const related = Array.from({ length: FIELD_LIMITS.related }, (_, r): RelatedLink => ({
      title: fit(at(a * 11 + r * 3).text, FIELD_LIMITS.headline),
      url: fit(at(a * 11 + r * 3 + 1).text, FIELD_LIMITS.url),
      outlet: fit(at(a * 11 + r * 3 + 2).text, FIELD_LIMITS.section),
    }));
    return { fields, tags, related, body: hostileBody([at(a), at(a + 1), at(a + 2)], a) };
  });
}

/** Link targets that the sanitiser would never produce but a stored body can carry. */
export const HOSTILE_HREFS = (n: number): string[] => [
  `javascript:alert(${n})`,
  ` javascript:alert(${n})`,
  `JaVaScRiPt:__xss(${n})`,
  `java\tscript:alert(${n})`,
  `java\nscript:alert(${n})`,
  `\u0001javascript:alert(${n})`,
  `javascript&colon;alert(${n})`,
  `vbscript:msgbox(${n})`,
  `data:text/html,<script>alert(${n})</script>`,
  `data:text/html;base64,${btoa(`<script>alert(${n})</script>`)}`,
  'file:///etc/passwd',
  `//evil.test/${n}`,
  `https://example.com/" onmouseover="alert(${n})`,
  `https://example.com/'><img src=x onerror=alert(${n})>`,
  `mailto:desk@example.com?body=<script>alert(${n})</script>`,
];

const text = (value: string, marks?: BodyMark[]): BodyNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/**
 * A body the editor's schema accepts (known nodes and marks, known attributes) with hostile values in
 * every place a value goes: texts, link hrefs and targets, heading levels, list starts, teaser fields.
 */
export function hostileBody(payloads: readonly XssPayload[], n: number): BodyNode {
  const links = HOSTILE_HREFS(n).map((href, i) =>
    text(`link ${i} `, [
      {
        type: 'link',
        attrs: { href, target: `javascript:alert(${n})`, rel: `"><img src=x onerror=alert(${n})>`, class: `x" onclick="alert(${n})` },
      },
    ]),
  );
  return {
    type: 'doc',
    content: [
      ...payloads.map((p) => ({ type: 'paragraph', content: [text(p.text)] })),
      { type: 'paragraph', content: links },
      {
        type: 'heading',
        attrs: { level: `2><img src=x onerror=alert(${n})>` },
        content: [text(payloads[0]!.text, [{ type: 'bold' }, { type: 'code' }])],
      },
      { type: 'heading', attrs: { level: 7 }, content: [text('level seven')] },
      {
        type: 'orderedList',
        attrs: { start: `1" onmouseover="alert(${n})` },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text(payloads[1]!.text, [{ type: 'italic' }])] }] }],
      },
      {
        type: RELATED_TEASER,
        attrs: {
          title: payloads[2]!.text,
          url: `javascript:alert(${n})`,
          outlet: payloads[0]!.text,
          articleId: `x" onmouseover="alert(${n})`,
        },
      },
      { type: RELATED_TEASER, attrs: { title: `Teaser ${n}`, url: ` javascript:alert(${n})`, outlet: null, articleId: null } },
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [text(payloads[1]!.text), { type: 'hardBreak' }, text(payloads[2]!.text)] }],
      },
      { type: 'horizontalRule' },
    ],
  };
}

/**
 * A body the editor cannot even load (unknown node and mark types, unknown attributes), as a hostile
 * Copydesk JSON file could carry: the preview and the export must still render only its text. Attribute
 * values stay flat (strings, numbers, booleans), the most the schema lets through.
 */
export function foreignBody(n: number): BodyNode {
  return {
    type: 'doc',
    content: [
      { type: 'script', content: [text(`alert(${n})`)] },
      { type: 'image', attrs: { src: `javascript:alert(${n})`, onerror: `alert(${n})` } },
      { type: 'iframe', attrs: { src: `http://evil.test/${n}`, srcdoc: `<script>alert(${n})</script>` }, content: [text('iframe text')] },
      {
        type: 'paragraph',
        attrs: {
          dangerouslySetInnerHTML: `<img src=x onerror=alert(${n})>`,
          style: `background:url(//evil.test/${n})`,
          onclick: `alert(${n})`,
        },
        content: [text('paragraph with attributes')],
      },
      { type: 'constructor', content: [text('constructor node', [{ type: '__proto__' }, { type: 'toString' }])] },
      { type: '__proto__', content: [{ type: 'paragraph', content: [text('proto node')] }] },
      { type: 'paragraph', content: [text('odd href', [{ type: 'link', attrs: { href: 42, onclick: `alert(${n})`, target: true } }])] },
      { type: 'paragraph', content: [text('style mark', [{ type: 'style', attrs: { css: `background:url(//evil.test/${n})` } }])] },
      { type: 'heading', attrs: { level: 'script' }, content: [text('bad level')] },
      { type: 'heading', attrs: { level: -1e9 }, content: [text('negative level')] },
      {
        type: 'orderedList',
        attrs: { start: `3" onmouseover="alert(${n})` },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('odd start')] }] }],
      },
      { type: RELATED_TEASER, attrs: { title: `<img src=x onerror=alert(${n})>`, url: 42, outlet: true, articleId: `../../${n}` } },
      ...HOSTILE_HREFS(n).map((href) => ({ type: RELATED_TEASER, attrs: { title: `teaser ${href}`, url: href } })),
    ],
  };
}

const NODE_TYPES = new Set([
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'horizontalRule',
  RELATED_TEASER,
]);
const LINK_EXTRA_ATTRS = new Set(['target', 'rel', 'class', 'title']);
const MARK_TYPES = new Set(['bold', 'italic', 'underline', 'strike', 'code', 'link']);
// The editor writes its schema's every attribute (TipTap's link target and rel, a list's type), mostly null.
const NODE_ATTRS: Record<string, string[]> = {
  heading: ['level'],
  orderedList: ['start', 'type'],
  [RELATED_TEASER]: ['title', 'url', 'articleId', 'outlet'],
};

/**
 * What in a body did not come from the sanitiser's allow-list: unknown nodes, marks or attributes, and
 * links or teasers that point anywhere but the web or e-mail. Empty for anything htmlToBody produced.
 */
export function unsafeBodyParts(body: BodyNode): string[] {
  const problems: string[] = [];
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!NODE_TYPES.has(node.type)) problems.push(`node ${node.type}`);
    for (const key of Object.keys(node.attrs ?? {}))
      if (!NODE_ATTRS[node.type]?.includes(key)) problems.push(`attribute ${node.type}.${key}`);
    if (node.type === 'heading' && ![2, 3, 4].includes(node.attrs?.level as number))
      problems.push(`heading level ${String(node.attrs?.level)}`);
    if (node.type === RELATED_TEASER) {
      const url = node.attrs?.url;
      if (url !== null && url !== undefined && !(typeof url === 'string' && isSafeLinkUrl(url))) problems.push(`teaser url ${String(url)}`);
    }
    for (const mark of node.marks ?? []) {
      if (!MARK_TYPES.has(mark.type)) problems.push(`mark ${mark.type}`);
      const extra = Object.entries(mark.attrs ?? {}).filter(([key, value]) =>
        mark.type !== 'link' || key !== 'href'
          ? !(
              LINK_EXTRA_ATTRS.has(key) &&
              mark.type === 'link' &&
              (value === null || (typeof value === 'string' && /^[\w -]*$/.test(value)))
            )
          : false,
      );
      if (extra.length > 0) problems.push(`mark attributes ${mark.type}.${extra.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}`);
      const href = mark.attrs?.href;
      if (mark.type === 'link' && !(typeof href === 'string' && isSafeLinkUrl(href))) problems.push(`link ${String(href)}`);
    }
    stack.push(...(node.content ?? []));
  }
  return problems;
}

export interface ImportFile {
  id: number;
  fileName: string;
  text: string;
}

/** The marker a payload's import carries beside it, so a test can tell the file was read at all. */
export const startMarker = (id: number): string => `[xss-start-${id}]`;

/**
 * One payload as each markup importer would meet it: an HTML page, a Markdown file, a ninjs item. (Pasted
 * text has no markup to hide one payload from the next, so it is tested as one batch.)
 */
export function importFilesFor(p: XssPayload): ImportFile[] {
  const start = startMarker(p.id);
  return [
    {
      id: p.id,
      fileName: `page-${p.id}.html`,
      text: `<!doctype html><html><head><title>Page ${p.id}</title></head><body><article><h1>Headline ${p.id}</h1><p>${start}</p>${p.text}</article></body></html>`,
    },
    {
      id: p.id,
      fileName: `story-${p.id}.md`,
      text: `---\nheadline: ${JSON.stringify(`Headline ${p.id}`)}\nstandfirst: ${JSON.stringify(p.text)}\n---\n\n${start}\n\n${p.text}\n`,
    },
    {
      id: p.id,
      fileName: `item-${p.id}.json`,
      text: JSON.stringify({
        uri: `urn:xss:${p.id}`,
        type: 'text',
        headline: p.text,
        description_text: p.text,
        by: p.text,
        body_html: `<p>${start}</p>${p.text}`,
      }),
    },
    { id: p.id, fileName: `article-${p.id}.copydesk`, text: copydeskFile([p], p.id) },
  ];
}

/**
 * A Copydesk article file as a hostile site could hand one out: valid against the schema, but its body
 * is editor JSON the sanitiser never saw, after a paragraph with each payload's start marker. One payload
 * gets the payload as text, as a link with a hostile target and inside a foreign node; a batch gets
 * every payload and every kind of foreign node, attribute and link target (hostileBody, foreignBody).
 */
export function copydeskFile(payloads: readonly XssPayload[], n: number): string {
  const first = payloads[0]!;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const markers = payloads.map((p) => ({ type: 'paragraph', content: [text(startMarker(p.id))] }));
  const content: BodyNode[] =
    payloads.length === 1
      ? [
          { type: 'paragraph', content: [text(first.text)] },
          {
            type: 'paragraph',
            content: [text(first.text, [{ type: 'link', attrs: { href: `javascript:alert(${n})`, onclick: first.text } }])],
          },
          { type: 'script', attrs: { src: `http://evil.test/${n}` }, content: [text(first.text)] },
        ]
      : [...(hostileBody(payloads, n).content ?? []), ...(foreignBody(n).content ?? [])];
  const article = newArticle(id, new Date('2026-01-01T00:00:00.000Z'), {
    headline: fit(first.text, FIELD_LIMITS.headline),
    standfirst: fit(first.text, FIELD_LIMITS.standfirst),
    byline: fit(first.text, FIELD_LIMITS.byline),
    body: { type: 'doc', content: [...markers, ...content] },
  });
  return JSON.stringify(article);
}

/** Many payloads in one file of each kind, for the review dialog: what one hostile file could hold. */
export function batchFiles(payloads: readonly XssPayload[]): {
  html: string;
  markdown: string;
  ninjs: string;
  copydesk: string;
  pasted: string;
} {
  const [first, second, third] = payloads;
  const all = payloads.map((p) => `<section><p>${startMarker(p.id)}</p>${p.text}</section>`).join('\n');
  return {
    copydesk: copydeskFile(payloads, 0),
    pasted: `WORLD\n\n${first!.text}\n\n${second!.text}\n\n${payloads.map((p) => p.text).join('\n\n')}\n`,
    html: [
      '<!doctype html><html><head>',
      `<title>${first!.text}</title>`,
      `<meta property="og:title" content="${second!.text.replace(/"/g, '&quot;')}">`,
      '<meta property="og:image" content="javascript:alert(1)">',
      `<meta name="description" content="${third!.text.replace(/"/g, '&quot;')}">`,
      '</head><body><article>',
      `<p class="section">${third!.text}</p><h1>${first!.text}</h1>`,
      `<figure><img src="javascript:alert(2)" onerror="alert(3)"><figcaption>${second!.text}</figcaption></figure>`,
      all,
      '</article></body></html>',
    ].join('\n'),
    markdown: [
      '---',
      `headline: ${JSON.stringify(first!.text)}`,
      `standfirst: ${JSON.stringify(second!.text)}`,
      `section: ${JSON.stringify(third!.text.slice(0, 60))}`,
      `tags: ${JSON.stringify(payloads.slice(0, 10).map((p) => p.text.slice(0, 80)))}`,
      'image:',
      '  src: "javascript:alert(4)"',
      `  caption: ${JSON.stringify(second!.text)}`,
      '---',
      '',
      payloads.map((p) => `${startMarker(p.id)}\n\n${p.text}`).join('\n\n'),
      '',
    ].join('\n'),
    ninjs: JSON.stringify({
      uri: 'urn:xss:batch',
      type: 'text',
      headline: first!.text,
      description_text: second!.text,
      by: third!.text,
      located: first!.text.slice(0, 200),
      subject: payloads.slice(0, 10).map((p) => ({ name: p.text.slice(0, 80) })),
      body_html: all,
      associations: {
        featureimage: {
          type: 'picture',
          uri: 'urn:xss:picture',
          description_text: second!.text,
          renditions: [{ name: 'original', href: 'javascript:alert(5)' }],
        },
        related1: {
          type: 'text',
          uri: 'urn:xss:related',
          headline: third!.text,
          renditions: [{ name: 'web', href: 'javascript:alert(6)' }],
        },
      },
    }),
  };
}
