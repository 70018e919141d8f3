import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../core/article/bodySchema';
import { exportContext, fullArticle, minimalArticle } from '../../testing/testArticles';
import { exportPlainText, exportPlainTextWire } from './plainTextExport';
import { displayWidth } from './plainTextExportWrap';

const goldenDir = resolve(dirname(fileURLToPath(import.meta.url)), '__golden__');

/** Compares with the checked-in file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(name: string, actual: string): void {
  const file = resolve(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual, 'utf8');
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withBody = (...content: BodyNode[]) => ({ ...minimalArticle(), body: { type: 'doc', content } });

describe('exportPlainText', () => {
  it('matches the golden file for the full article at the wire width of 69', () => {
    expectGolden('plainText-full.txt', exportPlainText(fullArticle(), exportContext()));
  });

  it('matches the golden file at a custom width of 40', () => {
    expectGolden('plainText-width-40.txt', exportPlainText(fullArticle(), exportContext(), { width: 40 }));
  });

  it('is the default-width export when used as a TextExporter', () => {
    expect(exportPlainTextWire(fullArticle(), exportContext())).toBe(exportPlainText(fullArticle(), exportContext()));
  });

  it('keeps every line within the width unless a single word is longer', () => {
    for (const width of [20, 40, 69, 100]) {
      const lines = exportPlainText(fullArticle(), exportContext(), { width }).split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines.every((line) => line === line.trimEnd())).toBe(true);
    }
  });

  it('orders the parts as wire copy does and separates them by one blank line', () => {
    const text = exportPlainText(fullArticle(), exportContext());
    const at = (needle: string) => text.indexOf(needle);
    const order = [
      'WORLD putin-maduro-call',
      'Putin backs',
      'The two leaders',
      "Staff & Agencies' Desk",
      'MOSCOW',
      'Russian President',
      'Photo caption:',
      'SOURCE: TRTWorld',
    ];
    const positions = order.map(at);
    expect(positions.every((pos) => pos >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).not.toContain('\n\n\n');
    expect(text.endsWith('SOURCE: TRTWorld and agencies\n')).toBe(true);
  });

  it('starts with SECTION, the slug shortened at a hyphen (never mid-word) and the UTC time it moved', () => {
    const article = {
      ...minimalArticle(),
      section: 'World',
      slug: 'putin-backs-maduro-against-us-pressure-pledges-deeper-economic-and-energy-ties',
      publishedAt: '2025-12-11T11:05:00.000Z',
    };
    const [first, second] = exportPlainText(article, exportContext()).split('\n');
    expect(first).toBe('WORLD putin-backs-maduro-against-us-pressure-pledges-deeper-economic');
    expect([...first!].length).toBeLessThanOrEqual(69);
    expect(second).toBe('2025-12-11 11:05 UTC');
    const draft = exportPlainText({ ...article, publishedAt: null, updatedAt: '2025-12-12T08:00:00.000Z' }, exportContext());
    // A draft has not moved: no time line, so every desk member's copy exports the same text.
    expect(draft.split('\n')[1]).toBe(article.headline);
  });

  it('writes nothing for empty fields: a minimal article is one newline', () => {
    expect(exportPlainText(minimalArticle(), exportContext())).toBe('\n');
  });

  it('writes the credit alone when there is no caption', () => {
    const article = { ...minimalArticle(), leadImage: { ...fullArticle().leadImage!, caption: '' } };
    expect(exportPlainText(article, exportContext())).toBe('Photo: Reuters\n');
  });

  it('numbers ordered lists from their start and hangs nested content under the marker', () => {
    const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
    const text = exportPlainText(
      withBody({
        type: 'orderedList',
        attrs: { start: 9 },
        content: [
          item(p('nine')),
          item(p('ten has two paragraphs'), p('the second one'), { type: 'bulletList', content: [item(p('nested bullet'))] }),
          item(),
        ],
      }),
      exportContext(),
    );
    expect(text).toBe('9. nine\n10. ten has two paragraphs\n\n    the second one\n\n    - nested bullet\n11.\n');
  });

  it('indents quotes, keeps code lines as written and writes a teaser without a link as its title', () => {
    const text = exportPlainText(
      withBody(
        { type: 'blockquote', content: [p('quoted'), { type: 'blockquote', content: [p('nested')] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'if (a)\n  b();' }] },
        { type: 'relatedTeaser', attrs: { title: 'Nowhere to go', url: null, articleId: null, outlet: null } },
        { type: 'relatedTeaser', attrs: { title: 'Unsafe', url: 'javascript:alert(1)', articleId: null, outlet: null } },
        { type: 'paragraph' },
      ),
      exportContext(),
    );
    expect(text).toBe('    quoted\n\n        nested\n\n    if (a)\n      b();\n\nRelated: Nowhere to go\n\nRelated: Unsafe\n');
  });

  it('refuses a width too narrow for copy', () => {
    expect(() => exportPlainText(fullArticle(), exportContext(), { width: 19 })).toThrow(RangeError);
    expect(() => exportPlainText(fullArticle(), exportContext(), { width: 40.5 })).toThrow(/whole number/);
  });
});
