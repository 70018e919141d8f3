import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from '../../testing/cpuClock';
import type { BodyNode } from '../../core/article/bodySchema';
import { newArticle } from '../../core/article/schema';
import { fullArticle, exportContext } from '../../testing/testArticles';
import { exportDocx } from './docxExport';
import { readDocx } from '../../testing/docxTestSupport';

const WORDS = ['the', 'minister', 'said', 'on', 'Tuesday', 'that', 'talks', 'would', 'resume', 'soon'];

/** 200 paragraphs of 100 words, with a bold word and a link in each, as a long read would have. */
function longBody(paragraphs: number, wordsEach: number): BodyNode {
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, p) => {
      const words = Array.from({ length: wordsEach - 2 }, (_, w) => WORDS[(p + w) % WORDS.length]).join(' ');
      return {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${words} ` },
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' ' },
          { type: 'text', text: `link${p}`, marks: [{ type: 'link', attrs: { href: `https://example.com/${p}` } }] },
        ],
      };
    }),
  };
}

describe('exportDocx: performance', () => {
  it('exports a 20,000-word article within three seconds of CPU', async () => {
    const article = newArticle(fullArticle().id, new Date('2025-12-11T09:00:00.000Z'), { body: longBody(200, 100) });
    await exportDocx(fullArticle(), exportContext()); // warm the module so the timing is the export's own
    const started = cpuMilliseconds();
    const bytes = await exportDocx(article, exportContext());
    const elapsed = cpuMilliseconds() - started;
    console.log(`DOCX export of a 20,000-word article: ${elapsed.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KiB`);
    expect(elapsed).toBeLessThan(3000);

    const doc = await readDocx(bytes);
    expect(doc.rawText.split(/\s+/).filter((word) => word !== '')).toHaveLength(20_000);
    expect(doc.rawText).toContain('link199');
  });
});
