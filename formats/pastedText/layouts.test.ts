import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { ArticleSchema } from '../../core/article/schema';
import { parsePastedText, type PastedTextResult } from './parsePastedText';

const context = { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', now: new Date('2025-12-12T12:00:00.000Z') };
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parsePastedText(text, context);

function paragraphs(result: PastedTextResult): string[] {
  return (result.article.body.content ?? []).filter((node) => node.type === 'paragraph').map((node) => node.content?.[0]?.text ?? '');
}
function teasers(result: PastedTextResult) {
  return (result.article.body.content ?? []).filter((node) => node.type === 'relatedTeaser').map(readRelatedTeaser);
}
const warned = (result: PastedTextResult, field: string) => result.warnings.filter((w) => w.field === field);

describe('other page layouts', () => {
  it('reads agency copy: hard-wrapped, Windows line endings, dateline with agency, several Related lines', () => {
    const text = fixture('agency-wire-crlf.txt');
    expect(text).toContain('\r\n');
    const result = parse(text);
    const { article } = result;
    expect(article.section).toBe('');
    expect(article.headline).toBe('Venezuela says it will defend its oil exports after tanker seizure');
    expect(article.standfirst).toBe('');
    expect(article.dateline).toBe('CARACAS, Dec 11');
    expect(article.byline).toBe('AP');
    expect(article.source).toBe('AP');
    expect(result.image).toBeUndefined();
    expect(paragraphs(result)).toEqual([
      'Venezuela\'s government said on Thursday it would use "all means" to protect its oil exports after U.S. forces seized a tanker off its coast, escalating a standoff that has rattled shipping in the Caribbean.',
      'Vice President Delcy Rodriguez told state television the seizure was an act of piracy and said Caracas would take the case to the United Nations.',
      'The U.S. Treasury did not immediately respond to a request for comment. Shipping data showed at least three other tankers had turned back, and insurers said premiums for the route had doubled since the long-running dispute began.',
    ]);
    expect(teasers(result).map(({ title, outlet }) => ({ title, outlet }))).toEqual([
      { title: 'Oil prices climb as Caribbean tensions unsettle traders', outlet: null },
      { title: 'Maduro calls for calm as tanker standoff drags on', outlet: 'Reuters' },
    ]);
    // The dateline's "Dec 11" is the only date: midnight UTC, with the year assumed and a warning.
    expect(article.publishedAt).toBe('2025-12-11T00:00:00.000Z');
    expect(warned(result, 'publishedAt')).toHaveLength(1);
    expect(result.recognised).toEqual(expect.arrayContaining(['dateline', 'byline', 'related', 'source']));
    expect(result.recognised).not.toContain('caption');
  });

  it('reads a page copied with single newlines: label, byline line, absolute time with offset, (Photo: AFP)', () => {
    const result = parse(fixture('single-newline-byline.txt'));
    const { article } = result;
    expect(article.section).toBe('Politics');
    expect(article.headline).toBe('Turkish parliament approves 2026 budget after marathon session');
    expect(article.standfirst).toBe('Lawmakers passed the spending plan by 321 votes to 229 after a debate that ran past midnight.');
    expect(article.byline).toBe('Ayşe Yılmaz and Omar Ali');
    expect(article.publishedAt).toBe('2025-12-12T11:05:00.000Z');
    expect(article.dateline).toBe('ANKARA');
    expect(result.image).toMatchObject({ caption: 'Members of parliament vote in Ankara on Friday.', credit: 'AFP' });
    expect(paragraphs(result)).toHaveLength(5);
    expect(paragraphs(result)[0]).toMatch(/^Türkiye’s parliament approved/);
    expect(paragraphs(result)[2]).toMatch(/^“This budget protects/);
    expect(teasers(result).map(({ title, outlet }) => ({ title, outlet }))).toEqual([
      { title: 'Lira steadies as central bank signals pause in rate cuts', outlet: null },
      { title: 'Erdogan hails ‘historic’ defence spending increase', outlet: 'Anadolu Agency' },
    ]);
    expect(result.article.body.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'relatedTeaser',
      'paragraph',
      'relatedTeaser',
      'paragraph',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads a meta line, a credit on its own line, no section label, and drops page furniture', () => {
    const result = parse(fixture('meta-line-photo-credit.txt'));
    const { article } = result;
    expect(article.section).toBe('');
    expect(article.headline).toBe('Scientists map the deepest coral reef ever found in the Atlantic');
    expect(article.standfirst).toBe('The reef, discovered by a robotic submarine, lies 400 metres below the surface off the Azores.');
    expect(result.image).toMatchObject({
      caption: 'A remotely operated vehicle films coral on the sea floor off the Azores.',
      credit: 'Getty Images',
    });
    expect(article.byline).toBe('Jane Smith, Science correspondent');
    expect(article.publishedAt).toBe('2025-12-12T00:00:00.000Z');
    expect(result.pageReadTime).toBe('5-minute read');
    expect(paragraphs(result)).toHaveLength(3);
    expect(paragraphs(result).join(' ')).not.toMatch(/Advertisement|Share this article/);
    expect(teasers(result).map(({ title, outlet }) => ({ title, outlet }))).toEqual([
      { title: 'Warming seas push fish north faster than expected', outlet: null },
      { title: 'How robots are opening up the deep ocean', outlet: 'BBC' },
    ]);
  });

  it('reads ISO times (Published over Updated), a repeated headline with other quotes, and "/ Photo: AA"', () => {
    const result = parse(fixture('iso-dates-repeated-headline.txt'));
    const { article } = result;
    expect(article.section).toBe('Business');
    expect(article.headline).toBe('Türkiye’s exports hit record as “Made in Türkiye” drive pays off');
    expect(article.standfirst).toBe('Exports rose 7 percent in November, led by cars and machinery, the trade ministry said.');
    expect(article.publishedAt).toBe('2025-12-12T10:00:00.000Z');
    expect(result.image).toMatchObject({ caption: 'Containers are stacked at the port of Mersin.', credit: 'AA' });
    expect(result.pageReadTime).toBe('Reading time: 3 minutes');
    expect(article.source).toBe('AA');
    expect(paragraphs(result)).toEqual([
      'Exports reached $24.1 billion last month, the highest November figure on record, Trade Minister Omer Bolat told reporters in Ankara.',
      'Carmakers accounted for nearly a fifth of the total, with shipments to the European Union up 11 percent.',
    ]);
    expect(JSON.stringify(article)).not.toMatch(/\u00a0/);
  });

  it('reads a bare page: headline, attached standfirst, paragraphs, nothing else', () => {
    const result = parse(fixture('plain-headline-standfirst.txt'));
    const { article } = result;
    expect(article.headline).toBe('Council votes to keep village library open');
    expect(article.standfirst).toBe('The decision follows a two-year campaign by residents and a petition signed by 4,000 people.');
    expect(article.section).toBe('');
    expect(article.publishedAt).toBeNull();
    expect(paragraphs(result)).toHaveLength(3);
    expect(result.recognised).toEqual(['headline', 'standfirst', 'body', 'slug']);
  });

  it('reads "Name, Agency" bylines, bracketed credits and warns about a day/month date', () => {
    const result = parse(fixture('ambiguous-date-bracket-credit.txt'));
    const { article } = result;
    expect(article.section).toBe('MIDDLE EAST');
    expect(article.byline).toBe('Jane Smith, Reuters');
    expect(article.dateline).toBe('CAIRO');
    expect(paragraphs(result)[0]).toMatch(/^Negotiators resumed indirect talks/);
    expect(result.image).toMatchObject({
      caption: 'Trucks carrying aid queue at the Rafah crossing.',
      credit: 'Amr Abdallah Dalsh/Reuters',
    });
    expect(article.publishedAt).toBe('2025-04-03T00:00:00.000Z');
    expect(warned(result, 'publishedAt')[0]?.message).toMatch(/day\/month or month\/day/);
  });

  it('reads a reporter name with an outlet line under it, and a credit printed above its caption', () => {
    const result = parse(fixture('name-outlet-credit-above-caption.txt'));
    const { article } = result;
    expect(article.headline).toBe('Putin backs Maduro in call after US tanker seizure');
    expect(article.byline).toBe('Jane Smith, BBC News, Moscow');
    expect(article.publishedAt).toBe('2025-12-12T10:00:00.000Z');
    expect(article.standfirst).toBe('');
    expect(result.image).toMatchObject({ caption: 'Vladimir Putin has been a long-time ally of Nicolas Maduro', credit: 'Getty Images' });
    expect(warned(result, 'caption')).toHaveLength(1);
    expect(paragraphs(result)).toHaveLength(2);
    expect(paragraphs(result).join(' ')).not.toMatch(/^Share|Save/);
  });

  it('reads a breadcrumb section, "Published On", a [File: …] credit and drops share furniture', () => {
    const result = parse(fixture('breadcrumb-bracket-credit.txt'));
    const { article } = result;
    expect(article.section).toBe('Russia-Ukraine war');
    expect(article.headline).toBe('Putin backs Maduro against US pressure');
    expect(article.standfirst).toBe('The two leaders hold a phone call after the US seized an oil tanker.');
    expect(article.byline).toBe('Staff');
    expect(article.publishedAt).toBe('2025-12-12T00:00:00.000Z');
    expect(result.image).toMatchObject({ caption: 'Vladimir Putin speaks in Moscow', credit: 'Maxim Shemetov/Reuters' });
    expect(paragraphs(result)).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });

  it('reads a bare reporter name, a "Photograph:" credit and a dotted time', () => {
    const result = parse(fixture('photograph-credit-bare-name.txt'));
    const { article } = result;
    expect(article.section).toBe('Venezuela');
    expect(article.standfirst).toBe('Kremlin says Russian leader expressed ‘solidarity with Venezuelan people’ in phone call');
    expect(article.byline).toBe('Pjotr Sauer');
    expect(article.publishedAt).toBe('2025-12-12T09:14:00.000Z');
    expect(result.image).toMatchObject({ caption: 'Vladimir Putin at the Kremlin on Thursday.', credit: 'Alexander Kazakov/AP' });
    expect(paragraphs(result)).toHaveLength(2);
  });

  it('reads a meta line whose parts ran together, and strips "opens new tab" link text', () => {
    const result = parse(fixture('glued-meta-link-noise.txt'));
    const { article } = result;
    expect(article.byline).toBe('Reuters');
    expect(article.publishedAt).toBe('2025-12-12T13:05:00.000Z');
    expect(article.dateline).toBe('MOSCOW, Dec 12');
    expect(result.image).toMatchObject({
      caption: 'Russian President Vladimir Putin speaks during a meeting in Moscow, Russia, December 11, 2025.',
      credit: 'Sputnik/Alexander Kazakov/Pool via REUTERS',
    });
    expect(paragraphs(result)[0]).toMatch(/^Russian President Vladimir Putin reaffirmed/);
    expect(JSON.stringify(article)).not.toMatch(/opens new tab|Licensing|Our Standards/);
  });

  it('every layout gives a valid article', () => {
    for (const name of [
      'agency-wire-crlf.txt',
      'single-newline-byline.txt',
      'meta-line-photo-credit.txt',
      'iso-dates-repeated-headline.txt',
      'plain-headline-standfirst.txt',
      'ambiguous-date-bracket-credit.txt',
      'name-outlet-credit-above-caption.txt',
      'breadcrumb-bracket-credit.txt',
      'photograph-credit-bare-name.txt',
      'glued-meta-link-noise.txt',
    ]) {
      expect(() => ArticleSchema.parse(parse(fixture(name)).article), name).not.toThrow();
    }
  });
});
