import { ExternalHyperlink, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { MONOSPACE, STYLE } from './docxStyles';

type RunFormat = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** One stretch of text with its formatting, before links are grouped; `href` is already checked. */
interface Piece {
  text: string;
  format: RunFormat;
  href: string | null;
  lineBreak: boolean;
}

/** Formatting for each mark the editor has; unknown marks are dropped and their text kept. */
function formatOf(marks: readonly BodyMark[]): RunFormat {
  const format: { -readonly [K in keyof RunFormat]: RunFormat[K] } = {};
  for (const mark of marks) {
    if (mark.type === 'bold') format.bold = true;
    else if (mark.type === 'italic') format.italics = true;
    else if (mark.type === 'underline') format.underline = { type: UnderlineType.SINGLE };
    else if (mark.type === 'strike') format.strike = true;
    else if (mark.type === 'code') format.font = MONOSPACE;
    else if (mark.type === 'superscript') format.superScript = true;
    else if (mark.type === 'subscript') format.subScript = true;
  }
  return format;
}

function linkOf(marks: readonly BodyMark[]): string | null {
  const link = marks.find((mark) => mark.type === 'link');
  return link ? safeLinkUrl(link.attrs?.href) : null;
}

function collect(nodes: readonly BodyNode[], out: Piece[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const marks = node.marks ?? [];
      // A newline inside a text node (pasted copy) is a line break in the copy, which w:t would flatten to a space.
      (node.text ?? '').split('\n').forEach((line, i) => {
        out.push({ text: line, format: formatOf(marks), href: linkOf(marks), lineBreak: i > 0 });
      });
    } else if (node.type === 'hardBreak') {
      out.push({ text: '', format: {}, href: null, lineBreak: true });
    } else {
      // Inline nodes we do not know keep their text.
      collect(node.content ?? [], out);
    }
  }
}

function run(piece: Piece): TextRun {
  const linkStyle = piece.href ? { style: STYLE.hyperlink } : {};
  return new TextRun({ ...linkStyle, ...piece.format, text: piece.text, ...(piece.lineBreak ? { break: 1 } : {}) });
}

/**
 * The runs of an inline content list. Neighbouring pieces with the same link become one hyperlink, so a
 * link with a bold word in it stays one link; a link whose href is unsafe is plain text.
 */
export function inlineRuns(nodes: readonly BodyNode[]): ParagraphChild[] {
  const pieces: Piece[] = [];
  collect(nodes, pieces);
  const children: ParagraphChild[] = [];
  for (let i = 0; i < pieces.length; ) {
    const piece = pieces[i]!;
    if (piece.text === '' && !piece.lineBreak) {
      i += 1;
      continue;
    }
    const href = piece.href;
    if (href === null) {
      children.push(run(piece));
      i += 1;
      continue;
    }
    const runs: TextRun[] = [];
    for (; i < pieces.length && pieces[i]!.href === href; i++) runs.push(run(pieces[i]!));
    children.push(new ExternalHyperlink({ link: href, children: runs }));
  }
  return children;
}

/** A title linked when it has a safe address, plain otherwise: the Related teaser and list share it. */
export function linkedText(text: string, href: string | null): ParagraphChild {
  const safe = href === null ? null : safeLinkUrl(href);
  if (safe === null) return new TextRun(text);
  return new ExternalHyperlink({ link: safe, children: [new TextRun({ style: STYLE.hyperlink, text })] });
}
