import type { BlockFinding, BlockRule } from '../types';
import { patternRule } from './patternRule';

/** AP months: these five abbreviate with a date; March to July never do. */
const ABBREVIATED: Readonly<Record<string, string>> = {
  January: 'Jan.',
  February: 'Feb.',
  August: 'Aug.',
  September: 'Sept.',
  October: 'Oct.',
  November: 'Nov.',
  December: 'Dec.',
};
const FULL: Readonly<Record<string, string>> = {
  Jan: 'January',
  Feb: 'February',
  Mar: 'March',
  Apr: 'April',
  Jun: 'June',
  Jul: 'July',
  Aug: 'August',
  Sep: 'September',
  Sept: 'September',
  Oct: 'October',
  Nov: 'November',
  Dec: 'December',
};
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

const abbreviateWithDate = patternRule({
  id: 'dates.abbreviate-month',
  severity: 'warning',
  pattern: /\b(January|February|August|September|October|November|December) (?=\d{1,2}\b(?!:))/g,
  message: (m) => `With a date, write “${ABBREVIATED[m[1]!]}”.`,
  group: 1,
  fix: (m) => ABBREVIATED[m[1]!]!,
});

/** "Mar. 4", "Jul 4", "Sep. 4" → "March 4", "July 4", "Sept. 4"; "Jan 4" → "Jan. 4". */
const monthForm = patternRule({
  id: 'dates.month-form',
  severity: 'warning',
  pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(\.?)(?= \d{1,2}\b(?!:))/g,
  message: 'Abbreviate only Jan., Feb., Aug., Sept., Oct., Nov. and Dec. with a date; spell out March to July.',
  fix: (m) => {
    const month = m[1]!;
    if (['Mar', 'Apr', 'Jun', 'Jul'].includes(month)) return FULL[month]!;
    return month === 'Sep' ? 'Sept.' : `${month}.`;
  },
});

/** "in Oct. 2025", "last Dec." → the full name: abbreviations only go with a day. */
const monthAlone = patternRule({
  id: 'dates.month-alone',
  severity: 'warning',
  pattern: /\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?! ?\d{1,2}(?!\d))/g,
  message: 'Spell the month out when it has no day with it.',
  fix: (m) => FULL[m[1]!]!,
});

const noOrdinal = patternRule({
  id: 'dates.no-ordinal',
  severity: 'warning',
  pattern: new RegExp(`\\b((?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.|${MONTH_NAMES}) (\\d{1,2})(st|nd|rd|th)\\b`, 'g'),
  message: 'No ordinal in a date: “Oct. 4”, not “Oct. 4th”.',
  fix: (m) => `${m[1]} ${m[2]}`,
});

const noonMidnight = patternRule({
  id: 'times.noon-midnight',
  severity: 'warning',
  pattern: /\b12 (noon|midnight)\b/gi,
  message: 'Write “noon” or “midnight” alone.',
  fix: (m) => m[1]!.toLowerCase(),
});

/** "7:00 pm", "2:30PM", "12 p.m." → "7 p.m.", "2:30 p.m.", "noon". Each finding says which habit it caught. */
const TIME = /\b(\d{1,2})(?::(\d{2}))?(\s?)([ap])\.?\s?m\b\.?/gi;
const clockTimes: BlockRule = {
  id: 'times.format',
  check({ text }) {
    const findings: BlockFinding[] = [];
    for (const m of text.matchAll(TIME)) {
      const [whole, hourText, minutes, , half] = m;
      const hour = Number(hourText);
      if (hour < 1 || hour > 12 || (minutes !== undefined && Number(minutes) > 59)) continue;
      // "I am" never has a digit before it, but "5 am" could be prose ("he was 5 am…" is rare); uppercase AM/PM or a colon is a time.
      const meridiem = half!.toLowerCase() === 'a' ? 'a.m.' : 'p.m.';
      const zero = minutes === '00';
      let expected = `${hour}${minutes && !zero ? `:${minutes}` : ''} ${meridiem}`;
      let ruleId = zero ? 'times.no-zero-minutes' : 'times.am-pm';
      let message = zero ? 'No “:00” on the hour: “7 p.m.”, not “7:00 p.m.”.' : 'Write times as “2:30 p.m.” and “7 a.m.”.';
      if (hour === 12 && (minutes === undefined || zero)) {
        expected = meridiem === 'p.m.' ? 'noon' : 'midnight';
        ruleId = 'times.noon-midnight';
        message = 'Write “noon” or “midnight”, not “12 p.m.” or “12 a.m.”.';
      }
      // At the end of a sentence the period of "p.m." is the sentence's period too: keep it.
      const end = m.index + whole.length;
      if (expected === whole || (whole.endsWith('m') && text[end] === '.' && expected === `${whole}.`)) continue;
      findings.push({
        ruleId,
        severity: 'warning',
        from: m.index,
        to: end,
        text: whole,
        message,
        fix: { label: `Change to “${expected}”`, replacement: expected },
      });
    }
    return findings;
  },
};

export const DATE_TIME_RULES: readonly BlockRule[] = [abbreviateWithDate, monthForm, monthAlone, noOrdinal, noonMidnight, clockTimes];
