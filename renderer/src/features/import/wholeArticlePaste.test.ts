import { describe, expect, it } from 'vitest';
import { seedText } from '../../../../testing/seed';
import { corpusPageHtml } from '../../../../testing/webPages/corpus';
import { wholeArticlePaste } from './wholeArticlePaste';

const page = corpusPageHtml('bbc-1');
const sentence = 'The council said the roads would reopen once the snow had been cleared from the main routes into town.';
const paragraphs = (n: number) => Array.from({ length: n }, () => `${sentence} ${sentence}`);

describe('wholeArticlePaste', () => {
  it('takes a whole web page, a headline over paragraphs, and a wire story as text', () => {
    expect(wholeArticlePaste(page, '')?.kind).toBe('page');
    const selection = `<h1>Storm closes schools</h1>${paragraphs(5)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    expect(wholeArticlePaste(selection, ['Storm closes schools', ...paragraphs(5)].join('\n'))?.kind).toBe('selection');
    expect(wholeArticlePaste('', seedText())?.kind).toBe('text');
  });

  it('leaves passages alone: a few paragraphs, paragraphs with no headline, or running prose', () => {
    expect(wholeArticlePaste('<p>One quote.</p><p>Another.</p>', 'One quote.\nAnother.')).toBeNull();
    const noHeadline = paragraphs(6)
      .map((p) => `<p>${p}</p>`)
      .join('');
    expect(wholeArticlePaste(noHeadline, paragraphs(6).join('\n'))).toBeNull();
    expect(wholeArticlePaste('<h1>Short</h1><p>a</p><p>b</p><p>c</p><p>d</p>', 'Short\na\nb\nc\nd')).toBeNull();
    expect(wholeArticlePaste('', paragraphs(6).join('\n\n'))).toBeNull();
    expect(wholeArticlePaste('', 'Storm closes schools\n\nOne line of text only.')).toBeNull();
  });
});
