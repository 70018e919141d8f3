import { parseAbsoluteTime } from './absoluteTime';
import { parseRelativeTime } from './relativeTime';

/** A line that states when the story appeared or changed. */
export interface TimeLine {
  /** Pages that print both keep the first publication as "Published" and the change as "Updated". */
  role: 'published' | 'updated' | 'plain';
  date: Date | null;
  caution: string | null;
  /** Set when the line announced a date ("Published ...") that could not be read. */
  error: string | null;
}

const PREFIX =
  /^(?:(first\s+published|published|posted|released|dated?|date)|(updated|last\s+updated|modified|last\s+modified|edited))\b(?:\s+(?:on|at))?\s*:?\s*/i;

const PART_SEPARATOR = /\s+[/|·•–—-]\s+/;

/**
 * "June 30, 2016 / 9:10 AM / a year ago", "30 June 2016 - 09:10 - 2 hours ago": a date and a time set
 * apart by separators, with the page's relative tail, which is dropped because the date says it exactly.
 */
function separatedTime(text: string, now: Date): { date: Date; caution: string | null } | null {
  const parts = text.split(PART_SEPARATOR).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  let end = parts.length;
  while (end > 1 && parseRelativeTime(parts[end - 1]!.toLowerCase(), now)) end -= 1;
  const absolute = parseAbsoluteTime(parts.slice(0, end).join(' '), now);
  return absolute && 'date' in absolute ? { date: absolute.date, caution: absolute.caution } : null;
}

/** Reads a line that is only a time, possibly labelled ("Published 12/12/2025", "Updated: 2 hours ago"). */
export function classifyTimeLine(line: string, now: Date): TimeLine | null {
  const prefix = PREFIX.exec(line);
  const role: TimeLine['role'] = prefix ? (prefix[1] ? 'published' : 'updated') : 'plain';
  const rest = prefix ? line.slice(prefix[0].length) : line;
  if (rest.length > 80) return null;

  const relative = parseRelativeTime(rest, now);
  if (relative) return { role, date: relative.date, caution: relative.caution, error: null };
  const separated = separatedTime(rest, now);
  if (separated) return { role, ...separated, error: null };
  const absolute = parseAbsoluteTime(rest, now);
  if (absolute && 'error' in absolute) return { role, date: null, caution: null, error: absolute.error };
  if (absolute) return { role, date: absolute.date, caution: absolute.caution, error: null };
  // "Posted by Jane Smith" starts like a label but names no date; only digits suggest a failed date.
  if (prefix && rest.length <= 40 && /\d/.test(rest)) {
    return {
      role,
      date: null,
      caution: null,
      error: `Could not read the date "${line}". Set the publication time by hand.`,
    };
  }
  return null;
}
