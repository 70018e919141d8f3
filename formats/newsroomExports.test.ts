import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../core/article/schema';
import { paragraph } from '../core/article/bodySchema';
import { exportNinjs } from './ninjs/ninjsExport';
import { exportNitf } from './nitf/nitfExport';
import { exportPlainText } from './plaintext/plainTextExport';
import { exportMarkdown } from './markdown/markdownExport';

/** The newsroom fields (schema 2) reach every text export in their standard wording. */
function article(): Article {
  const a = newArticle('22222222-2222-4222-8222-222222222222', new Date('2026-11-29T10:00:00Z'), {
    headline: 'Talks end',
    slug: 'talks',
    body: { type: 'doc', content: [paragraph('The talks ended.')] },
  });
  a.newsroom.embargoUntil = '2026-11-30T06:00:00.000Z';
  a.newsroom.notes = [{ kind: 'correction', text: 'An earlier version misspelt the minister’s name.', at: '2026-11-29T11:30:00.000Z' }];
  return a;
}
const context = { articleHref: () => null, image: null } as never;

describe('newsroom fields in exports', () => {
  it('ninjs carries the embargo (embargoedUntil in 3.1, embargoed in 2.2) and the notes', () => {
    const item = exportNinjs(article(), context);
    expect(item.embargoedUntil).toBe('2026-11-30T06:00:00.000Z');
    expect(item.descriptions).toEqual([
      {
        role: 'note:correction',
        contentType: 'text/plain',
        value: 'Correction (2026-11-29 11:30 UTC): An earlier version misspelt the minister’s name.',
      },
    ]);
    expect(exportNinjs(article(), context, { version: '2.2' })).toMatchObject({ embargoed: '2026-11-30T06:00:00.000Z' });
  });

  it('NITF marks the document embargoed with its release time and carries the correction', () => {
    const xml = exportNitf(article(), context);
    expect(xml).toContain('management-status="embargoed"');
    expect(xml).toContain('<date.release norm="20261130T060000Z"');
    expect(xml).toContain('<ed-msg msg-type="embargo" info="EMBARGOED until 2026-11-30 06:00 UTC. Not for publication before then."');
    expect(xml).toContain('<correction info="Correction (2026-11-29 11:30 UTC): An earlier version misspelt the minister’s name."');
  });

  it('wire text starts with the embargo line and ends with the notes; a kill comes first of all', () => {
    const a = article();
    // Wire text wraps at 69 columns: compare the first and last paragraphs unwrapped.
    const paragraphs = (text: string) =>
      text
        .trimEnd()
        .split('\n\n')
        .map((p) => p.replace(/\n/g, ' '));
    const text = exportPlainText(a, context);
    expect(paragraphs(text)[0]).toBe('EMBARGOED until 2026-11-30 06:00 UTC. Not for publication before then.');
    expect(paragraphs(text).at(-1)).toBe('Correction (2026-11-29 11:30 UTC): An earlier version misspelt the minister’s name.');
    a.newsroom.withdrawal = { kind: 'kill', reason: 'Legal advice.', at: '2026-11-29T12:00:00.000Z' };
    expect(paragraphs(exportPlainText(a, context))[0]).toBe(
      'KILL: this story has been killed (2026-11-29 12:00 UTC). Do not use. Reason: Legal advice. EMBARGOED until 2026-11-30 06:00 UTC. Not for publication before then.',
    );
    expect(exportNitf(a, context)).toContain('management-status="canceled"');
  });

  it('Markdown carries the embargo in the front matter and the notes at the end', () => {
    const md = exportMarkdown(article(), context);
    expect(md).toContain('embargo: 2026-11-30T06:00:00.000Z');
    expect(md.trimEnd().endsWith('*Correction (2026-11-29 11:30 UTC): An earlier version misspelt the minister’s name.*')).toBe(true);
  });
});
