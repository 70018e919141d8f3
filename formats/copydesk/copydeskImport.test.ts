import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType } from '../../core/article/bodyVocabulary';
import { RELATED_TEASER } from '../../core/article/relatedTeaser';
import { newArticle } from '../../core/article/schema';
import { isSafeLinkUrl } from '../../core/html/safeUrl';
import { bodyPlainText } from '../../core/text/bodyText';
import { importAny } from '../importAny';
import { importCopydeskJson } from './copydeskImport';

/**
 * A Copydesk file may come from anywhere (mail, a shared drive, a hostile site), and its body is the
 * editor's JSON, not markup: the importer must still put it through the one allow-list. Each body below
 * is one the editor could never have produced; what comes out may hold only the editor's vocabulary.
 */
const context = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', now: new Date('2026-11-29T10:00:00.000Z') };
const t = (text: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(2)',
  'java\tscript:alert(3)',
  'vbscript:msgbox(4)',
  'data:text/html,<script>alert(5)</script>',
  'file:///etc/passwd',
  '//evil.test/6',
  '/\\evil.test/7',
];

const HOSTILE_BODIES: Record<string, BodyNode[]> = {
  'unknown nodes': [
    { type: 'script', content: [t('alert(1)')] },
    { type: 'iframe', attrs: { src: 'https://evil.test/', srcdoc: '<script>alert(2)</script>' }, content: [t('iframe text')] },
    { type: 'image', attrs: { src: 'javascript:alert(3)', onerror: 'alert(3)' } },
    { type: 'constructor', content: [t('constructor node')] },
    { type: '__proto__', content: [para(t('proto node'))] },
  ],
  'attributes on known nodes': [
    {
      type: 'paragraph',
      attrs: { onclick: 'alert(1)', style: 'background:url(//evil.test/)', dangerouslySetInnerHTML: '<img src=x onerror=alert(1)>' },
      content: [t('paragraph with attributes')],
    },
    { type: 'heading', attrs: { level: 'script', onmouseover: 'alert(2)' }, content: [t('bad level')] },
    { type: 'heading', attrs: { level: 1 }, content: [t('level one')] },
    { type: 'orderedList', attrs: { start: '3" onmouseover="alert(3)' }, content: [{ type: 'listItem', content: [para(t('odd start'))] }] },
  ],
  'hostile link targets': HOSTILE_HREFS.map((href, i) =>
    para(t(`link ${i}`, [{ type: 'link', attrs: { href, onclick: 'alert(1)', target: 'javascript:alert(1)' } }])),
  ),
  'unknown marks': [
    para(t('styled', [{ type: 'style', attrs: { css: 'background:url(//evil.test/)' } }, { type: '__proto__' }, { type: 'toString' }])),
  ],
  'hostile teasers': HOSTILE_HREFS.map((url) => ({
    type: RELATED_TEASER,
    attrs: { title: '<img src=x onerror=alert(1)>', url, outlet: 'Evil', articleId: '../../library' },
  })),
};

/** Everything outside the editor's vocabulary that survived, as readable strings (empty when clean). */
function foreignParts(body: BodyNode): string[] {
  const allowedAttrs: Record<string, string[]> = {
    heading: ['level'],
    orderedList: ['start', 'type'],
    [RELATED_TEASER]: ['title', 'url', 'articleId', 'outlet'],
  };
  const problems: string[] = [];
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isBodyNodeType(node.type)) problems.push(`node ${node.type}`);
    for (const key of Object.keys(node.attrs ?? {}))
      if (!allowedAttrs[node.type]?.includes(key)) problems.push(`attribute ${node.type}.${key}`);
    if (node.type === 'heading' && ![2, 3, 4].includes(node.attrs?.level as number))
      problems.push(`heading level ${String(node.attrs?.level)}`);
    if (node.type === 'orderedList' && node.attrs?.start !== undefined && typeof node.attrs.start !== 'number')
      problems.push(`list start ${String(node.attrs.start)}`);
    const teaserUrl = node.type === RELATED_TEASER ? node.attrs?.url : null;
    if (typeof teaserUrl === 'string' && teaserUrl !== '' && !isSafeLinkUrl(teaserUrl)) problems.push(`teaser url ${teaserUrl}`);
    for (const mark of node.marks ?? []) {
      if (!isBodyMarkType(mark.type)) problems.push(`mark ${mark.type}`);
      for (const [key, value] of Object.entries(mark.attrs ?? {})) {
        if (mark.type !== 'link' || !['href', 'target', 'rel', 'class', 'title'].includes(key))
          problems.push(`mark attribute ${mark.type}.${key}`);
        else if (key === 'href' && !(typeof value === 'string' && isSafeLinkUrl(value))) problems.push(`link ${String(value)}`);
        else if (key !== 'href' && value !== null && !(typeof value === 'string' && /^[\w -]*$/.test(value)))
          problems.push(`link ${key}=${String(value)}`);
      }
    }
    stack.push(...(node.content ?? []));
  }
  return problems;
}

function copydeskFile(content: BodyNode[]): string {
  const article = newArticle('0b5f8a4e-3f2d-4c1b-9a7e-2d6c5b4a3f21', new Date('2020-01-01T00:00:00.000Z'), {
    headline: 'Hostile',
    body: { type: 'doc', content },
  });
  return JSON.stringify(article);
}

describe('Copydesk JSON import sanitises the body', () => {
  // Without the allow-list the raw body comes through: these bodies fail `foreignParts` as they stand.
  it.each(Object.entries(HOSTILE_BODIES))('%s: only the editor’s vocabulary survives, and the text stays', (_name, content) => {
    expect(foreignParts({ type: 'doc', content }), 'the fixture itself is hostile').not.toEqual([]);
    const { article } = importCopydeskJson(copydeskFile(content), context);
    expect(foreignParts(article.body)).toEqual([]);
    for (const kept of bodyPlainText({ type: 'doc', content })
      .split('\n')
      .filter((line) => line.trim() && !/alert\(|^<img/.test(line))) {
      expect(bodyPlainText(article.body)).toContain(kept.trim());
    }
  });

  it('keeps markup-looking text as text', () => {
    const { article } = importCopydeskJson(copydeskFile([para(t('<script>alert(1)</script> & <b>not bold</b>'))]), context);
    expect(article.body).toEqual({ type: 'doc', content: [para(t('<script>alert(1)</script> & <b>not bold</b>'))] });
  });

  it('gives the article a fresh id and times, so it never overwrites another', () => {
    const { article } = importCopydeskJson(copydeskFile([para(t('x'))]), context);
    expect(article).toMatchObject({ id: context.id, createdAt: '2026-11-29T10:00:00.000Z', updatedAt: '2026-11-29T10:00:00.000Z' });
  });

  // Both ways a Copydesk file arrives (its own extension, or .json sniffed by content) reach the same code.
  it.each(['story.copydesk', 'story.json', 'no extension'])('%s is read as Copydesk and sanitised', (fileName) => {
    const result = importAny(fileName, copydeskFile(Object.values(HOSTILE_BODIES).flat()), context);
    expect(result.format).toBe('copydesk');
    expect(foreignParts(result.article.body)).toEqual([]);
  });
});
