import { describe, expect, it } from 'vitest';
import { parsePastedText } from './parsePastedText';
import { agencyCredit, classifyHeaderLine } from './lineClassifiers';

const now = new Date('2017-07-01T10:00:00.000Z');
const context = { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', now };
const paragraphs = (text: string) =>
  (parsePastedText(text, context).article.body.content ?? [])
    .filter((n) => n.type === 'paragraph')
    .map((n) => n.content?.map((c) => c.text).join('') ?? '');

const STORY = `ISTANBUL (Reuters) - Turkish police detained 13 people, including three foreigners, in raids across Istanbul on Thursday over the suicide bombing at the city's main airport, the state-run news agency said.

The attack killed 42 people and wounded more than 230, the governor's office said, in the deadliest of a series of bombings in Turkey this year.`;

describe('wire and web page text: the lines issue 13 found on held-out pages', () => {
  it('reads a Reuters page: hashtag section, capitalised read time, dated line with a relative tail, staff byline, agency dateline, credit trailer', () => {
    const text = `#World News\nJune 30, 2016 / 9:10 AM / a year ago\nTurkey detains dozens after Istanbul airport attack\nReuters Staff\n1 Min Read\n${STORY}\n\nReporting by Ayla Jean Yackley; Writing by David Dolan; Editing by Janet Lawrence`;
    const result = parsePastedText(text, context);
    expect(result.article).toMatchObject({
      section: 'World News',
      headline: 'Turkey detains dozens after Istanbul airport attack',
      byline: 'Reuters Staff',
      dateline: 'ISTANBUL',
      publishedAt: '2016-06-30T09:10:00.000Z',
      source: 'Reporting by Ayla Jean Yackley; Writing by David Dolan; Editing by Janet Lawrence',
    });
    expect(result.pageReadTime).toBe('1 Min Read');
    expect(result.sources).toMatchObject({ headline: 'text', dateline: 'text', source: 'text' });
    const body = paragraphs(text);
    expect(body[0]).toMatch(/^Turkish police detained/);
    expect(body.join('\n')).not.toMatch(/Reporting by|a year ago|Min Read|#World/);
  });

  it('reads a breadcrumb section below the top, dashes between date and time, an AP dateline with a date, a bracketed credit', () => {
    const text = `Turkey detains dozens after Istanbul airport attack\nHome > World > Europe\nJUNE 30, 2016 - 9:10 AM - 2 HOURS AGO\n3 MIN READ\n${STORY.replace('ISTANBUL (Reuters) -', 'ANKARA, June 30 (AP) —')}\n\n(Reporting by Ayla Jean Yackley; additional reporting by Tuvan Gumrukcu in Ankara)`;
    const { article } = parsePastedText(text, context);
    expect(article).toMatchObject({ section: 'Europe', dateline: 'ANKARA, June 30', publishedAt: '2016-06-30T09:10:00.000Z' });
    expect(article.source).toMatch(/^Reporting by Ayla Jean Yackley; additional reporting by Tuvan Gumrukcu in Ankara$/);
  });

  it('keeps a sentence about editors in the body: only a line made wholly of credits is a credit line', () => {
    expect(agencyCredit('Reporting by Ayla Jean Yackley; Editing by Janet Lawrence')).toBe(
      'Reporting by Ayla Jean Yackley; Editing by Janet Lawrence',
    );
    expect(agencyCredit('(Writing by David Dolan)')).toBe('Writing by David Dolan');
    expect(agencyCredit('Editing by committee is how the newspaper worked for decades, he said.')).toBeNull();
    expect(agencyCredit('Reporting by the BBC suggested the opposite; officials denied it.')).toBeNull();
  });

  it('reads hashtag and breadcrumb lines as sections, and leaves headlines alone', () => {
    expect(classifyHeaderLine('#Middle East', now)).toEqual([{ kind: 'section', section: 'Middle East' }]);
    expect(classifyHeaderLine('News > World > Asia', now)).toEqual([{ kind: 'section', section: 'Asia' }]);
    expect(classifyHeaderLine('Prices > wages for a third year, survey finds', now)).toBeNull();
  });
});
