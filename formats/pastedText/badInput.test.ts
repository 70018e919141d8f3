import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from '../../testing/cpuClock';
import { ArticleSchema } from '../../core/article/schema';
import { ImportError } from '../../core/import/importTypes';
import { parsePastedText, type PastedTextResult } from './parsePastedText';

const context = { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', now: new Date('2025-12-12T12:00:00.000Z') };
const parse = (text: string) => parsePastedText(text, context);
const paragraphs = (result: PastedTextResult): string[] =>
  (result.article.body.content ?? []).filter((node) => node.type === 'paragraph').map((node) => node.content?.[0]?.text ?? '');

describe('bad input', () => {
  const refusal = (text: string): ImportError => {
    try {
      parse(text);
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error('expected an ImportError');
  };

  it.each([[''], ['   \n\t\r\n  '], ['\u00a0\u200b\ufeff\n\n']])('refuses empty text %#', (text) => {
    const error = refusal(text);
    expect(error.code).toBe('empty');
    expect(error.message).toBe('There is no text to import. Copy the article text from the page and paste again.');
  });

  it('refuses text with NUL bytes', () => {
    const error = refusal('Headline\u0000\u0001body');
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/binary.*paste again/i);
  });

  it('refuses text that is mostly control characters', () => {
    const error = refusal('\u0001\u0002\u0003\u0004PNG\u0005\u0006\u0007\u0008\u000e\u000f\u0010\ufffd\ufffd');
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/unreadable characters.*paste again/i);
  });

  it('refuses text over 2,000,000 characters', () => {
    const error = refusal('a'.repeat(2_000_001));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/2,000,000.*one article at a time/);
  });

  it('refuses a paste with more paragraphs than an article can hold', () => {
    expect(refusal('Headline\n\n' + 'Short.\n\n'.repeat(150_000)).code).toBe('too_large');
  });

  it('strips a few stray control characters from otherwise good text', () => {
    const result = parse('Headline of the story\u0007\n\nA para\u0008graph of text.');
    expect(result.article.headline).toBe('Headline of the story');
    expect(paragraphs(result)).toEqual(['A paragraph of text.']);
  });

  it('parses a long article just under the limit quickly', () => {
    const paragraph = 'The minister said the talks would continue next week, officials confirmed on Friday. ';
    const text = 'WORLD\nA very long story\n\n' + `${paragraph.repeat(10)}\n\n`.repeat(2200);
    expect(text.length).toBeLessThan(2_000_000);
    const started = cpuMilliseconds();
    const result = parse(text);
    expect(cpuMilliseconds() - started).toBeLessThan(5000);
    expect(paragraphs(result)).toHaveLength(2200);
  });

  it('joins a long hard-wrapped paste in linear time', () => {
    const text = 'Headline\n\n' + 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm\n'.repeat(29_000);
    const started = cpuMilliseconds();
    expect(paragraphs(parse(text))).toHaveLength(1);
    expect(cpuMilliseconds() - started).toBeLessThan(5000);
  });
});

describe('any paste', () => {
  const fragments = [
    'WORLD',
    '2 min read',
    'Related',
    'RelatedTRT World - A title here',
    'SOURCE: AP',
    'By Jane Smith',
    '33 minutes ago',
    'Published 31/02/2025',
    'MOSCOW (Reuters) - Text.',
    'Caption. / Reuters',
    'Photo: Getty Images',
    'Advertisement',
    '',
    ' ',
    '\u00a0',
    '“Quoted,” he said.',
    'x'.repeat(500),
  ];
  const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));

  it('gives a valid article or a typed refusal', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, newline) => {
        try {
          const result = parse(lines.join(newline));
          ArticleSchema.parse(result.article);
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
