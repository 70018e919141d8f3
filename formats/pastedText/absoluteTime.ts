import type { TimeReading } from './relativeTime';

/** A date that reads as a date but cannot be one ("31 February 2025"): worth a warning, not a guess. */
export interface UnreadableTime {
  error: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Offsets in minutes for the abbreviations news pages print. Ambiguous ones (IST, AST, CST in Asia) are
 * left out on purpose: an unknown zone is read as UTC with a warning rather than silently mis-shifted.
 */
const ZONES: Record<string, number> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  WAT: 60,
  CEST: 120,
  EET: 120,
  CAT: 120,
  SAST: 120,
  EEST: 180,
  MSK: 180,
  TRT: 180,
  EAT: 180,
  GST: 240,
  PKT: 300,
  WIB: 420,
  SGT: 480,
  HKT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  AST: -240,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  HST: -600,
};

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\.?,?\s+/i;
const ORD = '(?:st|nd|rd|th)?';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORD}\\s+(?:of\\s+)?([a-z]+)\\.?,?(?:\\s+(\\d{4}))?`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^([a-z]+)\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?`, 'i');
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const YEAR_FIRST = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const TIME = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?|\s*(am|pm|a\.m\.|p\.m\.))/i;
const ZONE = /^\(?\s*(?:([a-z]{1,5})\b)?\s*(?:([+\-−])(\d{1,2})(?::?(\d{2}))?)?\s*\)?/i;
const SEPARATORS = /^[\s,|·•@–—-]*(?:at\s+|on\s+)?/i;

interface DateParts {
  year: number | null;
  month: number;
  day: number;
  rest: string;
  ambiguous: boolean;
}

function readDate(text: string): DateParts | null {
  let m = YEAR_FIRST.exec(text);
  if (m) return parts(Number(m[1]), Number(m[3]), Number(m[4]), text.slice(m[0].length), false);
  m = NUMERIC.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    const yearText = m[4] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const rest = text.slice(m[0].length);
    // Most of the world writes day first; the order is only certain when one number is above 12.
    if (second > 12 && first <= 12) return parts(year, first, second, rest, false);
    return parts(year, second, first, rest, first <= 12 && second <= 12 && first !== second);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m && MONTHS[(m[2] ?? '').toLowerCase()] !== undefined) {
    return parts(m[3] ? Number(m[3]) : null, MONTHS[(m[2] ?? '').toLowerCase()]!, Number(m[1]), text.slice(m[0].length), false);
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m && MONTHS[(m[1] ?? '').toLowerCase()] !== undefined) {
    return parts(m[3] ? Number(m[3]) : null, MONTHS[(m[1] ?? '').toLowerCase()]!, Number(m[2]), text.slice(m[0].length), false);
  }
  return null;
}

function parts(year: number | null, month: number, day: number, rest: string, ambiguous: boolean): DateParts {
  return { year, month, day, rest, ambiguous };
}

interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC, or null when the page gave no zone. */
  offset: number | null;
  unknownZone: string | null;
  rest: string;
}

function readTime(text: string): TimeParts | null {
  const t = TIME.exec(text);
  if (!t) return null;
  let hour = Number(t[1]);
  const meridiem = (t[5] ?? t[6] ?? '').toLowerCase();
  if (meridiem.startsWith('p') && hour < 12) hour += 12;
  if (meridiem.startsWith('a') && hour === 12) hour = 0;
  const after = text.slice(t[0].length).trimStart();
  const z = ZONE.exec(after) ?? ['', undefined, undefined, undefined, undefined];
  const [zoneText, name, sign, offHours, offMinutes] = z;
  let offset: number | null = null;
  let unknownZone: string | null = null;
  if (name !== undefined) {
    const known = ZONES[name.toUpperCase()];
    if (known === undefined) unknownZone = name;
    else offset = known;
  }
  if (sign !== undefined) {
    const delta = Number(offHours) * 60 + Number(offMinutes ?? 0);
    offset = (offset ?? 0) + (sign === '+' ? delta : -delta);
    unknownZone = null;
  }
  const ms = Number((t[4] ?? '0').padEnd(3, '0').slice(0, 3));
  return { hour, minute: Number(t[2] ?? 0), second: Number(t[3] ?? 0), ms, offset, unknownZone, rest: after.slice(zoneText.length) };
}

const quoted = (text: string) => `"${text.trim()}"`;

/**
 * Reads a date, with an optional time and zone before or after it: "12 December 2025", "Dec 12, 2025
 * 14:05 GMT", "Fri 12 Dec 2025 14.05 GMT", "14:05 GMT, 12 December 2025", "2025-12-12T10:00:00Z",
 * "12/12/2025". Returns null when the text is not a date at all. A missing year is taken as the latest one
 * that does not put the date in the future, and flagged.
 */
export function parseAbsoluteTime(text: string, now: Date): TimeReading | UnreadableTime | null {
  const source = text.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  let date: DateParts | null = readDate(source);
  let time: TimeParts | null = null;
  if (date) {
    const tail = date.rest.replace(/^T(?=\d)/, '').replace(SEPARATORS, '');
    time = tail ? readTime(tail) : null;
    const leftover = (time ? time.rest : tail).replace(/^[\s,.)]+|[\s,.]+$/g, '');
    if (leftover) return null;
  } else {
    time = readTime(source);
    if (!time) return null;
    date = readDate(time.rest.replace(SEPARATORS, '').replace(WEEKDAY, ''));
    if (!date || date.rest.replace(/[\s,.)]+/g, '') !== '') return null;
  }

  const cautions: string[] = [];
  let year = date.year;
  if (year === null) {
    year = now.getUTCFullYear();
    if (Date.UTC(year, date.month - 1, date.day) > now.getTime()) year -= 1;
    cautions.push(`The date ${quoted(text)} has no year; ${year} was assumed.`);
  }
  if (date.ambiguous) cautions.push(`The date ${quoted(text)} could be day/month or month/day; it was read as day first.`);
  if (time && time.offset === null) {
    const zone = time.unknownZone ? `an unknown time zone (${time.unknownZone})` : 'no time zone';
    cautions.push(`The time in ${quoted(text)} has ${zone}; it was read as UTC.`);
  }

  const { hour, minute, second, ms, offset } = time ?? { hour: 0, minute: 0, second: 0, ms: 0, offset: 0 };
  const utc = Date.UTC(year, date.month - 1, date.day, hour, minute, second, ms) - (offset ?? 0) * 60_000;
  const check = new Date(Date.UTC(year, date.month - 1, date.day));
  if (
    check.getUTCMonth() !== date.month - 1 ||
    check.getUTCDate() !== date.day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    year < 1900 ||
    year > 9999
  ) {
    return { error: `The date ${quoted(text)} is not a real date or time.` };
  }
  if (utc > now.getTime() + 24 * 3_600_000) cautions.push(`The date ${quoted(text)} is in the future. Check it.`);
  return { date: new Date(utc), caution: cautions.length > 0 ? cautions.join(' ') : null };
}
