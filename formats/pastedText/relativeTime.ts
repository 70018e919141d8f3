/**
 * News pages print recent stories' times relative to the reader's clock ("33 minutes ago"). The paste
 * happened at the moment of import, so the same offset from `now` gives the publication time.
 */
export interface TimeReading {
  date: Date;
  /** Set when the page's wording is coarser than a timestamp, so the review dialog can ask for a check. */
  caution: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNIT_MS: ReadonlyArray<[RegExp, number | 'month' | 'year']> = [
  [/^(?:s|secs?|seconds?)$/, 1000],
  [/^(?:m|mins?|minutes?)$/, MINUTE],
  [/^(?:h|hrs?|hours?)$/, HOUR],
  [/^(?:d|days?)$/, DAY],
  [/^(?:w|wks?|weeks?)$/, 7 * DAY],
  [/^(?:mos?|months?)$/, 'month'],
  [/^(?:y|yrs?|years?)$/, 'year'],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a couple of': 2,
  'a few': 3,
  few: 3,
  several: 3,
};

const AGO =
  /^(?:(?:about|around|approximately|approx\.?|over|almost|nearly|some|~)\s*)?(\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a couple of|a few|few|several)\s*([a-z]+)\.?\s+ago$/;
const NOW = /^(?:just now|now|moments? ago|a moment ago|(?:a few |few )?seconds ago|less than a minute ago|just in)$/;
const DAY_WORD = /^(today|yesterday)(?:\s*(?:,|at)?\s*(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?)?$/;

/** Reads "33 minutes ago", "an hour ago", "2h ago", "yesterday", "just now"; null for anything else. */
export function parseRelativeTime(text: string, now: Date): TimeReading | null {
  const phrase = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOW.test(phrase)) return { date: new Date(now.getTime()), caution: null };

  const ago = AGO.exec(phrase);
  if (ago) {
    const [, amountText = '', unitText = ''] = ago;
    const amount = /^\d+$/.test(amountText) ? Number(amountText) : NUMBER_WORDS[amountText];
    const unit = UNIT_MS.find(([pattern]) => pattern.test(unitText))?.[1];
    if (amount === undefined || unit === undefined) return null;
    const vague = /few|several|couple/.test(amountText);
    if (typeof unit === 'number') {
      const date = new Date(now.getTime() - amount * unit);
      // Pages round "3 days ago" down to the day; the hour then is a guess the editor should see.
      const coarse = unit >= DAY || vague;
      return { date, caution: coarse ? `The page says "${text.trim()}", which gives only an approximate time. Check it.` : null };
    }
    const date = new Date(now.getTime());
    if (unit === 'month') date.setUTCMonth(date.getUTCMonth() - amount);
    else date.setUTCFullYear(date.getUTCFullYear() - amount);
    return { date, caution: `The page says "${text.trim()}", which gives only an approximate date. Check it.` };
  }

  const day = DAY_WORD.exec(phrase);
  if (day) {
    const [, word, hourText, minuteText, meridiem] = day;
    const date = new Date(now.getTime() - (word === 'yesterday' ? DAY : 0));
    if (hourText === undefined || minuteText === undefined) {
      return { date, caution: `The page says "${text.trim()}" without a time, so the time of import was used. Check it.` };
    }
    let hour = Number(hourText);
    const minute = Number(minuteText);
    if (meridiem?.startsWith('p') && hour < 12) hour += 12;
    if (meridiem?.startsWith('a') && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return null;
    date.setUTCHours(hour, minute, 0, 0);
    return { date, caution: `The page gives "${text.trim()}" without a time zone; it was read as UTC. Check it.` };
  }
  return null;
}
