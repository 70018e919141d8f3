import { Paragraph, TextRun } from 'docx';

/** docx's own type for a custom property, which it does not export. */
export interface ICustomPropertyOptions {
  readonly name: string;
  readonly value: string;
}
import type { Newsroom } from '../../core/article/schema';
import { embargoLine, noteLine, notesInOrder, withdrawalLine } from '../../core/article/newsroomText';
import type { DocxDirection } from './docxDirection';
import { STYLE } from './docxStyles';

/**
 * The newsroom fields (issue 15) in Word, twice: visibly, in the standard wording every export uses (kill
 * or withdrawal and embargo at the top, in the Newsroom Notice style; notes at the end of the copy, in
 * Newsroom Note), and exactly, as custom document properties (File › Properties › Custom), which the
 * importer reads back. The visible lines round times to the minute; the properties keep them whole.
 */
export const PROPERTY = {
  embargo: 'Copydesk Embargo Until',
  withdrawal: 'Copydesk Withdrawal',
  withdrawalAt: 'Copydesk Withdrawal At',
  withdrawalReason: 'Copydesk Withdrawal Reason',
  note: (n: number) => `Copydesk Note ${n}`,
  noteAt: (n: number) => `Copydesk Note ${n} At`,
  noteText: (n: number) => `Copydesk Note ${n} Text`,
} as const;

/**
 * Word's property dialog keeps text values of at most 255 characters, so a longer one (a note's text)
 * is written in pieces: "Name", "Name (2)", "Name (3)"… A piece never ends inside a surrogate pair.
 */
export const PROPERTY_PIECE = 255;
export const pieceName = (name: string, index: number) => (index === 0 ? name : `${name} (${index + 1})`);

function pieces(name: string, value: string): ICustomPropertyOptions[] {
  const out: ICustomPropertyOptions[] = [];
  for (let start = 0, i = 0; start < value.length || i === 0; i++) {
    let end = Math.min(value.length, start + PROPERTY_PIECE);
    if (end < value.length && /[\ud800-\udbff]/.test(value[end - 1]!)) end -= 1;
    out.push({ name: pieceName(name, i), value: value.slice(start, end) });
    start = end;
  }
  return out;
}

export function newsroomProperties(newsroom: Newsroom): ICustomPropertyOptions[] {
  const out: ICustomPropertyOptions[] = [];
  if (newsroom.embargoUntil) out.push({ name: PROPERTY.embargo, value: newsroom.embargoUntil });
  const w = newsroom.withdrawal;
  if (w)
    out.push(
      { name: PROPERTY.withdrawal, value: w.kind },
      { name: PROPERTY.withdrawalAt, value: w.at },
      ...pieces(PROPERTY.withdrawalReason, w.reason),
    );
  newsroom.notes.forEach((note, i) => {
    out.push(
      { name: PROPERTY.note(i + 1), value: note.kind },
      { name: PROPERTY.noteAt(i + 1), value: note.at },
      ...pieces(PROPERTY.noteText(i + 1), note.text),
    );
  });
  return out;
}

/** The lines at the top, most urgent first: a killed story must not be missed under its embargo. */
export const noticeLines = (newsroom: Newsroom): string[] =>
  [withdrawalLine(newsroom), embargoLine(newsroom)].filter((line): line is string => line !== null);

export const noteLines = (newsroom: Newsroom): string[] => notesInOrder(newsroom).map(noteLine);

/** A note's own line breaks stay line breaks (w:t would show them as spaces). */
const lineParagraph = (style: string, direction: DocxDirection) => (text: string) =>
  new Paragraph({
    ...direction.paragraph,
    style,
    children: text.split('\n').map((line, i) => new TextRun({ ...direction.run, text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });

export const noticeParagraphs = (newsroom: Newsroom, direction: DocxDirection): Paragraph[] =>
  noticeLines(newsroom).map(lineParagraph(STYLE.notice, direction));

export const noteParagraphs = (newsroom: Newsroom, direction: DocxDirection): Paragraph[] =>
  noteLines(newsroom).map(lineParagraph(STYLE.note, direction));
