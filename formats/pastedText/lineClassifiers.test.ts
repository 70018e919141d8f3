import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';
import { parseCaptionLine } from './caption';
import { parseDateline } from './dateline';
import { classifyBodyLine, classifyHeaderLine, isReadTime, parseSectionLabel, splitOutlet } from './lineClassifiers';

const now = new Date('2025-12-12T12:00:00.000Z');

describe('isReadTime', () => {
  it.each([
    '2 min read',
    '5-minute read',
    'Reading time: 3 minutes',
    '3 mins read',
    'Read time 4 min',
    '1 minute read',
    'Estimated reading time: 6 minutes',
  ])('recognises "%s"', (line) => expect(isReadTime(line)).toBe(true));
  it.each(['3 minutes', '2 minutes ago', 'Read more', 'The read was 3 minutes long'])('rejects "%s"', (line) =>
    expect(isReadTime(line)).toBe(false),
  );
});

describe('parseSectionLabel', () => {
  it.each([
    ['WORLD', 'WORLD'],
    ['MIDDLE EAST', 'MIDDLE EAST'],
    ['Politics', 'Politics'],
    ['Middle East', 'Middle East'],
    ['News > World', 'World'],
    ['World | Europe', 'Europe'],
  ])('reads "%s"', (line, label) => expect(parseSectionLabel(line)).toBe(label));
  it.each([
    'Putin backs Maduro against US pressure',
    'Putin Backs Maduro',
    'Hello.',
    'Said Jane',
    'BREAKING NEWS FROM THE FRONT LINE TODAY',
  ])('rejects "%s"', (line) => expect(parseSectionLabel(line)).toBeNull());
});

describe('parseCaptionLine', () => {
  it.each([
    [
      '"Vladimir Putin expressed solidarity," the Kremlin says. / Reuters',
      '"Vladimir Putin expressed solidarity," the Kremlin says.',
      'Reuters',
    ],
    ['Containers at the port of Mersin. / Photo: AA', 'Containers at the port of Mersin.', 'AA'],
    ['Members of parliament vote in Ankara. (Photo: AFP)', 'Members of parliament vote in Ankara.', 'AFP'],
    ['President Trump speaks in Washington. (AP Photo/Evan Vucci)', 'President Trump speaks in Washington.', 'AP Photo/Evan Vucci'],
    ['Trucks queue at the crossing. [File: Amr Abdallah Dalsh/Reuters]', 'Trucks queue at the crossing.', 'Amr Abdallah Dalsh/Reuters'],
    [
      'Flood water in Valencia. Photograph: Manaure Quintero/AFP via Getty Images',
      'Flood water in Valencia.',
      'Manaure Quintero/AFP via Getty Images',
    ],
    [
      'A photo released by the navy shows the tanker. Photo: Getty Images',
      'A photo released by the navy shows the tanker.',
      'Getty Images',
    ],
    ['Protesters gather in Paris. Getty Images', 'Protesters gather in Paris.', 'Getty Images'],
    ['Photo: Getty Images', '', 'Getty Images'],
    ['/ Reuters', '', 'Reuters'],
  ])('splits "%s"', (line, caption, credit) => expect(parseCaptionLine(line)).toEqual({ caption, credit }));

  it.each([
    'The two leaders hold a phone call after the US seized an oil tanker.',
    'The 24 / 7 news cycle never stops',
    'Prices rose 5 percent / month in the spring, officials said in a statement released on Thursday.',
  ])('leaves prose alone: "%s"', (line) => expect(parseCaptionLine(line)).toBeNull());
});

describe('parseByline', () => {
  it.each([
    ['By Jane Smith', 'Jane Smith'],
    ['BY JANE SMITH', 'JANE SMITH'],
    ['By Jane Smith and Omar Ali', 'Jane Smith and Omar Ali'],
    ['Written by Ursula von der Leyen', 'Ursula von der Leyen'],
    ['By TRT World staff', 'TRT World staff'],
    ['By Jane Smith, Reuters', 'Jane Smith, Reuters'],
    ['Jane Smith, Reuters', 'Jane Smith, Reuters'],
    ['Jane Smith - Moscow correspondent', 'Jane Smith, Moscow correspondent'],
  ])('reads "%s"', (line, byline) => expect(parseByline(line)).toBe(byline));
  it.each(['By Thursday, the troops had left.', 'By 2030 emissions must halve', 'Moscow, Russia', 'Jane Smith'])('rejects "%s"', (line) =>
    expect(parseByline(line)).toBeNull(),
  );
  it('accepts a lone name only inside a meta line', () => {
    expect(parseByline('Jane Smith', { bare: true })).toBe('Jane Smith');
  });
});

describe('classifyHeaderLine', () => {
  it('splits meta lines into facts when every part is one', () => {
    const facts = classifyHeaderLine('By Jane Smith | 12 December 2025 | 3 min read', now);
    expect(facts?.map((fact) => fact.kind)).toEqual(['byline', 'time', 'readTime']);
    expect(classifyHeaderLine('Jane Smith · 2 hours ago', now)?.map((fact) => fact.kind)).toEqual(['byline', 'time']);
  });
  it('keeps a headline with a bar in it as prose', () => {
    expect(classifyHeaderLine('Budget 2026 | What it means for you', now)).toBeNull();
  });
});

describe('classifyBodyLine', () => {
  it.each([
    [
      "RelatedTRT World - Russia maintains 'constant contact' with Venezuela",
      "Russia maintains 'constant contact' with Venezuela",
      'TRT World',
    ],
    ['Related: Oil prices climb as tensions unsettle traders', 'Oil prices climb as tensions unsettle traders', null],
    ['Related  Warming seas push fish north', 'Warming seas push fish north', null],
    ['READ MORE: Reuters - Maduro calls for calm as standoff drags on', 'Maduro calls for calm as standoff drags on', 'Reuters'],
    ['Also read: Al Jazeera – What we know about the tanker seizure', 'What we know about the tanker seizure', 'Al Jazeera'],
    ['Related “Constant contact” kept with Caracas', '“Constant contact” kept with Caracas', null],
  ])('reads the teaser "%s"', (line, title, outlet) => {
    expect(classifyBodyLine(line)).toEqual({ kind: 'related', title, outlet });
  });

  it.each(['Related', 'Related stories', 'READ MORE', 'Read more:'])('treats "%s" as a label for the next line', (line) => {
    expect(classifyBodyLine(line)).toEqual({ kind: 'relatedLabel' });
  });

  it.each([
    'Relatedly, the ministry said nothing.',
    'Related talks are due next week.',
    'Read more about the plan in the ministry’s report.',
    'The related tanker was seized.',
  ])('leaves prose alone: "%s"', (line) => expect(classifyBodyLine(line)).toBeNull());

  it('reads SOURCE lines with or without a space', () => {
    expect(classifyBodyLine('SOURCE:TRTWorld and agencies')).toEqual({ kind: 'source', source: 'TRTWorld and agencies' });
    expect(classifyBodyLine('Source: AP')).toEqual({ kind: 'source', source: 'AP' });
  });

  it('drops page furniture', () => {
    expect(classifyBodyLine('Advertisement')).toEqual({ kind: 'furniture' });
    expect(classifyBodyLine('Share this article')).toEqual({ kind: 'furniture' });
  });

  it('only splits an outlet off when it reads like a name', () => {
    expect(splitOutlet('Ukraine - the war in numbers so far')).toEqual({ title: 'Ukraine - the war in numbers so far', outlet: null });
    expect(splitOutlet('Analysis: why oil matters')).toEqual({ title: 'Analysis: why oil matters', outlet: null });
  });
});

describe('parseDateline', () => {
  it.each([
    ['MOSCOW (Reuters) - Russian President Vladimir Putin said', 'MOSCOW', 'Reuters', 'Russian President Vladimir Putin said'],
    ['CARACAS, Dec 11 (AP) — Venezuela said', 'CARACAS, Dec 11', 'AP', 'Venezuela said'],
    ['KYIV, Ukraine (AP) — Drones struck', 'KYIV, Ukraine', 'AP', 'Drones struck'],
    ['ST. PETERSBURG, Russia, Dec 12 (Reuters) - The forum', 'ST. PETERSBURG, Russia, Dec 12', 'Reuters', 'The forum'],
    ['WASHINGTON — The White House said', 'WASHINGTON', null, 'The White House said'],
    ['NEW DELHI: India said', 'NEW DELHI', null, 'India said'],
    ['(Reuters) - Oil prices rose', '', 'Reuters', 'Oil prices rose'],
  ])('splits "%s"', (text, dateline, agency, rest) => {
    expect(parseDateline(text)).toMatchObject({ dateline, agency, rest });
  });

  it.each([
    'US President Donald Trump has deployed warships.',
    'NATO - the alliance - said nothing.',
    'Moscow (Reuters) - lower-case places are prose.',
    'In a phone call on Thursday, the Kremlin said.',
    'AI — the technology everyone talks about',
  ])('leaves "%s" alone', (text) => expect(parseDateline(text)).toBeNull());
});
