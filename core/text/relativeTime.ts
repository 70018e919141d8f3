/**
 * The publish stamp the way news pages print it: "just now", "33 minutes ago", "2 hours ago", "yesterday",
 * "in 5 minutes" for an embargoed story.
 *
 * The units, chosen to match what readers see on BBC, Reuters or TRT World article pages:
 * - under 45 seconds either way: "just now" (a stamp that counts seconds looks like a stopwatch);
 * - under an hour: whole minutes, rounded down but never below one ("1 minute ago" from 45 s);
 * - under a day: whole hours, rounded down, so a story stays "1 hour ago" until two hours have passed;
 * - under a week: whole days, where one day reads "yesterday" or "tomorrow";
 * - a week or more: the absolute date ("December 11, 2025"). News sites date older stories rather than
 *   say "3 months ago", which is vague on archived copy and goes stale in an exported page.
 *
 * Days are elapsed 24-hour periods, not calendar days: "yesterday" means 24 to 48 hours ago. Counting
 * calendar days would make the text depend on the reader's time zone for every stamp, not only old ones.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Below this distance from now a time is "just now"; the preview's clock ticks well inside it. */
export const JUST_NOW_MS = 45 * SECOND;

export interface RelativeTimeOptions {
  /** The zone for the absolute date shown from a week on; the reader's own zone when left out. */
  timeZone?: string;
}

export function formatRelativeTime(date: Date, now: Date, locale = 'en', options: RelativeTimeOptions = {}): string {
  const diff = date.getTime() - now.getTime();
  if (!Number.isFinite(diff)) return '';
  const distance = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  const format = relativeFormat(locale);
  if (distance < JUST_NOW_MS) return justNow(format);
  if (distance < HOUR) return format.format(sign * Math.max(1, Math.floor(distance / MINUTE)), 'minute');
  if (distance < DAY) return format.format(sign * Math.floor(distance / HOUR), 'hour');
  if (distance < WEEK) return format.format(sign * Math.floor(distance / DAY), 'day');
  return dateFormat(format.resolvedOptions().locale, options.timeZone).format(date);
}

/** The full local date and time for a tooltip: "Thursday, December 11, 2025 at 2:05 PM GMT+3". */
export function formatAbsoluteTime(date: Date, locale = 'en', options: RelativeTimeOptions = {}): string {
  if (!Number.isFinite(date.getTime())) return '';
  return new Intl.DateTimeFormat(safeLocale(locale), {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(date);
}

// The stamp is re-rendered every few seconds for every preview; the formatters are built once a locale.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    // 'auto' gives "yesterday" and "tomorrow" instead of "1 day ago" and "in 1 day".
    format = new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format;
}

function dateFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', ...(timeZone ? { timeZone } : {}) });
}

/** Intl's own "now" is terse for a news page; English pages say "just now". */
function justNow(format: Intl.RelativeTimeFormat): string {
  return format.resolvedOptions().locale.split('-')[0] === 'en' ? 'just now' : format.format(0, 'second');
}

/** An article's language tag is validated on save, but a bad one must not take the preview down. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
