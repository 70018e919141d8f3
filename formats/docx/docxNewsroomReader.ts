import {
  ArticleNoteSchema,
  emptyNewsroom,
  NewsroomSchema,
  NOTE_KINDS,
  NOTE_WORDING,
  WithdrawalSchema,
  type ArticleNote,
  type Newsroom,
} from '../../core/article/schema';
import type { ImportWarning } from '../../core/import/importTypes';
import { noteLines, noticeLines, pieceName, PROPERTY } from './docxNewsroom';
import { findAll, kids, parseXml, textContent } from './docxXml';

/** The newsroom lines the document shows (Newsroom Notice and Newsroom Note paragraphs), as text. */
export interface VisibleNewsroom {
  notices: string[];
  notes: string[];
}

/** The schema's limit on notes (NewsroomSchema.notes). */
const MAX_NOTES = 50;
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** Custom properties by name; a value is the text of its one vt: element. */
export function readCustomProperties(xml: string | null): Map<string, string> {
  const props = new Map<string, string>();
  if (!xml) return props;
  for (const el of findAll(parseXml(xml), 'property')) {
    const name = el.attribs.name;
    const value = kids(el)[0];
    if (name && value) props.set(name, textContent(value));
  }
  return props;
}

/** A value written in pieces ("Name", "Name (2)", …) joined again. */
function joined(props: Map<string, string>, name: string): string | undefined {
  if (!props.has(name)) return undefined;
  let value = '';
  for (let i = 0; props.has(pieceName(name, i)); i++) value += props.get(pieceName(name, i));
  return value;
}

/**
 * The newsroom fields from the document's custom properties (written by our export, exact to the
 * millisecond). A value that does not parse is left out with a warning naming the property; the
 * visible lines are checked against the properties, so an edit made in Word is not silently lost.
 * A file with the lines but no properties (copied into a new document) is read from the lines.
 */
export function readNewsroom(customXml: string | null, visible: VisibleNewsroom): { newsroom: Newsroom; warnings: ImportWarning[] } {
  const props = readCustomProperties(customXml);
  const warnings: ImportWarning[] = [];
  const warn = (message: string) => warnings.push({ field: 'newsroom', message });
  const ours = [...props.keys()].some((name) => name.startsWith('Copydesk '));
  if (!ours) return { newsroom: fromVisibleLines(visible, warn), warnings };
  const newsroom = emptyNewsroom();
  const embargo = props.get(PROPERTY.embargo);
  if (embargo !== undefined) {
    const parsed = NewsroomSchema.shape.embargoUntil.safeParse(embargo);
    if (parsed.success) newsroom.embargoUntil = parsed.data;
    else
      warn(
        `The document property “${PROPERTY.embargo}” is “${clip(embargo)}”, not a UTC date-time; the embargo was not imported. Set it in the inspector.`,
      );
  }
  const kind = props.get(PROPERTY.withdrawal);
  if (kind !== undefined) {
    const parsed = WithdrawalSchema.safeParse({
      kind,
      at: props.get(PROPERTY.withdrawalAt),
      reason: joined(props, PROPERTY.withdrawalReason),
    });
    if (parsed.success) newsroom.withdrawal = parsed.data;
    else
      warn(
        `The document’s kill or withdrawal properties (“${PROPERTY.withdrawal}”…) are incomplete or invalid, so it was not imported; check the story’s status by hand.`,
      );
  }
  for (let n = 1; props.has(PROPERTY.note(n)); n++) {
    const note = { kind: props.get(PROPERTY.note(n)), at: props.get(PROPERTY.noteAt(n)), text: joined(props, PROPERTY.noteText(n)) };
    const parsed = ArticleNoteSchema.safeParse(note);
    if (n > MAX_NOTES) warn(`The document has more than ${MAX_NOTES} notes; note ${n} and later were not imported.`);
    else if (parsed.success) newsroom.notes.push(parsed.data);
    else warn(`The document property “${PROPERTY.note(n)}” and its time and text do not make a valid note, so note ${n} was not imported.`);
    if (n > MAX_NOTES) break;
  }
  // The reader sees a line break as a space, as Word shows it in a single line.
  const flat = (line: string) => line.replace(/\s+/g, ' ').trim();
  const expected = new Set([...noticeLines(newsroom), ...noteLines(newsroom)].map(flat));
  for (const line of [...visible.notices, ...visible.notes])
    if (!expected.has(flat(line)))
      warn(
        `The line “${clip(line)}” in the document differs from its newsroom properties (edited in Word?); the properties were imported. Check the embargo, notes and status.`,
      );
  return { newsroom, warnings };
}

const STAMP = String.raw`(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC`;
const isoOf = (day: string, time: string) => `${day}T${time}:00.000Z`;
const KIND_BY_WORD = new Map(NOTE_KINDS.map((kind) => [NOTE_WORDING[kind], kind] as const));

/** The standard wording read back (times to the minute, as the lines show them). */
function fromVisibleLines(visible: VisibleNewsroom, warn: (message: string) => void): Newsroom {
  const newsroom = emptyNewsroom();
  const unread: string[] = [];
  for (const line of visible.notices) {
    const embargo = new RegExp(`^EMBARGOED until ${STAMP}\\.`).exec(line);
    const withdrawn = new RegExp(
      `^(KILL|WITHDRAWN): this story has been (?:killed|withdrawn) \\(${STAMP}\\)\\.(?: Do not use\\.)? Reason: (.+)$`,
      's',
    ).exec(line);
    if (embargo) newsroom.embargoUntil = isoOf(embargo[1]!, embargo[2]!);
    else if (withdrawn)
      newsroom.withdrawal = {
        kind: withdrawn[1] === 'KILL' ? 'kill' : 'withdraw',
        at: isoOf(withdrawn[2]!, withdrawn[3]!),
        reason: withdrawn[4]!,
      };
    else unread.push(line);
  }
  for (const line of visible.notes) {
    const match = new RegExp(`^(\\w+) \\(${STAMP}\\): (.+)$`, 's').exec(line);
    const kind = match ? KIND_BY_WORD.get(match[1]!) : undefined;
    const note: ArticleNote | null = match && kind ? { kind, at: isoOf(match[2]!, match[3]!), text: match[4]! } : null;
    if (note && ArticleNoteSchema.safeParse(note).success && newsroom.notes.length < MAX_NOTES) newsroom.notes.push(note);
    else unread.push(line);
  }
  const found = Number(newsroom.embargoUntil !== null) + Number(newsroom.withdrawal !== null) + newsroom.notes.length;
  if (found > 0)
    warn(
      'The embargo, notes or kill were read from the document’s newsroom lines (it has no Copydesk properties), so their times are to the minute.',
    );
  for (const line of unread)
    warn(`The newsroom line “${clip(line)}” is not in the standard wording and was not imported; enter it in the inspector.`);
  return newsroom;
}
