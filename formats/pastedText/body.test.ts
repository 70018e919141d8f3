import { describe, expect, it } from 'vitest';
import { buildBody, unwrapBlock } from './body';
import { toLines, toPasteLines } from './text';

describe('unwrapBlock', () => {
  it('keeps one paragraph per line when the page used single newlines', () => {
    const lines = [
      'Russian President Vladimir Putin reaffirmed his support for Venezuela in a phone call with long-time ally President Nicolas Maduro.',
      'The call comes after the United States seized an oil tanker off the Venezuelan coast.',
      'What happens next',
      'Officials said talks would continue.',
    ];
    expect(unwrapBlock(lines)).toEqual(lines);
  });

  it('joins hard-wrapped lines and starts a paragraph after each short line', () => {
    const lines = [
      'Venezuela said on Thursday it would use all means to protect its oil',
      'exports after U.S. forces seized a tanker off its coast.',
      'Vice President Delcy Rodriguez told state television the seizure was',
      'an act of piracy and that Caracas would take the case to the long-',
      'running talks at the United Nations.',
    ];
    expect(unwrapBlock(lines)).toEqual([
      'Venezuela said on Thursday it would use all means to protect its oil exports after U.S. forces seized a tanker off its coast.',
      'Vice President Delcy Rodriguez told state television the seizure was an act of piracy and that Caracas would take the case to the long-running talks at the United Nations.',
    ]);
  });

  it('keeps short lines that all end in full stops apart', () => {
    expect(unwrapBlock(['One short paragraph.', 'Another short one.'])).toEqual(['One short paragraph.', 'Another short one.']);
  });
});

describe('buildBody', () => {
  const body = (text: string) => buildBody(toPasteLines(toLines(text)));

  it('places teasers where they occurred and collects SOURCE lines', () => {
    const { nodes, sources } = body('First.\n\nRelated: A teaser title here\n\nSecond.\n\nSOURCE: AP');
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'relatedTeaser', 'paragraph']);
    expect(nodes[1]?.attrs).toEqual({ title: 'A teaser title here', outlet: null, url: null, articleId: null });
    expect(sources).toEqual(['AP']);
  });

  it('takes the line after a bare "Related" label as the teaser, and drops a label with no title', () => {
    const { nodes } = body(
      'Related\nTRT World - Russia keeps in touch with Caracas\nSecond.\nREAD MORE\nThis closing sentence ends with a full stop.',
    );
    expect(nodes.map((node) => node.type)).toEqual(['relatedTeaser', 'paragraph', 'paragraph']);
    expect(nodes[0]?.attrs).toMatchObject({ title: 'Russia keeps in touch with Caracas', outlet: 'TRT World' });
  });

  it('drops page furniture between paragraphs', () => {
    const { nodes } = body('First paragraph.\n\nAdvertisement\n\nScroll to continue\n\nSecond paragraph.');
    expect(nodes).toHaveLength(2);
  });
});
