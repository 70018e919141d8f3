import type { Element } from 'domhandler';
import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { COMMENT, DELETION, INSERTION } from '../../core/review/reviewMarks';
import { commentId } from './docxCommentsReader';
import type { ParagraphRole, StyleInfo } from './docxStyleMap';
import { find, kid, kids, textContent, val } from './docxXml';

export interface Revision {
  kind: 'ins' | 'del';
  id: string;
  author: string;
  date: string;
}

/** One Word paragraph, read: its role, list place, inline content with marks, and what it points at. */
export interface ReadParagraph {
  role: ParagraphRole;
  level: number;
  list: { numId: string; ilvl: number } | null;
  inlines: BodyNode[];
  /** A tracked change on the paragraph mark: the break after this paragraph was inserted or deleted. */
  markRevision: Revision | null;
  /** Pictures in the paragraph: relationship id and the alt text Word keeps in wp:docPr. */
  images: { id: string; alt: string }[];
  /** In a Caption paragraph, the runs in the Photo Credit character style: the credit, apart from the caption. */
  credit: BodyNode[];
  /** Word's right-to-left paragraph property (w:bidi). */
  rtl: boolean;
}

/** What the reader counts while it walks, for the review dialog's warnings. */
export interface ReadStats {
  revisions: number;
  authors: Set<string>;
  noAuthor: number;
  moves: number;
  insertedThenDeleted: number;
  commentReferences: Set<string>;
  anchoredComments: Set<string>;
  unclosedComments: Set<string>;
  fields: number;
  /** Runs marked right-to-left (w:rtl). */
  rtlRuns: number;
}

export interface ReaderContext {
  styles: Map<string, StyleInfo>;
  links: Map<string, string>;
  /** Comment ids that have a w:commentRangeEnd somewhere in the document. */
  closedComments: Set<string>;
  /** Comment ranges open where the previous paragraph ended. */
  openComments: Set<string>;
  stats: ReadStats;
}

export function newStats(): ReadStats {
  return {
    revisions: 0,
    authors: new Set(),
    noAuthor: 0,
    moves: 0,
    insertedThenDeleted: 0,
    commentReferences: new Set(),
    anchoredComments: new Set(),
    unclosedComments: new Set(),
    fields: 0,
    rtlRuns: 0,
  };
}

interface RunState {
  revision: Revision | null;
  href: string | null;
}

function revisionOf(el: Element, kind: 'ins' | 'del', ctx: ReaderContext): Revision {
  const author = el.attribs['w:author'] ?? '';
  const parsed = Date.parse(el.attribs['w:date'] ?? '');
  ctx.stats.revisions += 1;
  if (author) ctx.stats.authors.add(author);
  else ctx.stats.noAuthor += 1;
  return {
    kind,
    id: `w${el.attribs['w:id'] ?? ctx.stats.revisions}`,
    author,
    date: Number.isNaN(parsed) ? '' : new Date(parsed).toISOString(),
  };
}

const on = (el: Element | undefined) => el !== undefined && !['0', 'false', 'off'].includes(val(el) ?? 'true');

function formatMarks(rPr: Element | undefined): BodyMark[] {
  if (!rPr) return [];
  const marks: BodyMark[] = [];
  if (on(kid(rPr, 'w:b'))) marks.push({ type: 'bold' });
  if (on(kid(rPr, 'w:i'))) marks.push({ type: 'italic' });
  const u = kid(rPr, 'w:u');
  if (u && val(u) !== 'none') marks.push({ type: 'underline' });
  if (on(kid(rPr, 'w:strike')) || on(kid(rPr, 'w:dstrike'))) marks.push({ type: 'strike' });
  return marks;
}

/** Reads one w:p. */
export function readParagraph(p: Element, ctx: ReaderContext): ReadParagraph {
  const pPr = kid(p, 'w:pPr');
  const styleId = val(kid(pPr ?? p, 'w:pStyle'));
  const style = (styleId && ctx.styles.get(styleId)) || { role: 'normal' as const, level: 0 };
  const numPr = pPr ? kid(pPr, 'w:numPr') : undefined;
  const numId = val(kid(numPr ?? p, 'w:numId'));
  const ilvl = Number(val(kid(numPr ?? p, 'w:ilvl')) ?? 0);
  const list = numPr && numId && numId !== '0' ? { numId, ilvl: Number.isFinite(ilvl) ? Math.min(Math.max(ilvl, 0), 8) : 0 } : null;
  const markRPr = pPr ? kid(pPr, 'w:rPr') : undefined;
  const markIns = markRPr ? kid(markRPr, 'w:ins') : undefined;
  const markDel = markRPr ? kid(markRPr, 'w:del') : undefined;
  const markRevision = markDel ? revisionOf(markDel, 'del', ctx) : markIns ? revisionOf(markIns, 'ins', ctx) : null;
  const rtl = pPr !== undefined && on(kid(pPr, 'w:bidi'));
  const out: ReadParagraph = { role: style.role, level: style.level, list, inlines: [], markRevision, images: [], credit: [], rtl };
  // A range with no end anywhere in the file is closed at the end of the paragraph it starts in.
  const startedHere: string[] = [];
  walk(kids(p), { revision: null, href: null }, ctx, out, startedHere);
  for (const id of startedHere) {
    if (!ctx.closedComments.has(id)) {
      ctx.openComments.delete(id);
      ctx.stats.unclosedComments.add(id);
    }
  }
  return out;
}

function walk(children: readonly Element[], state: RunState, ctx: ReaderContext, out: ReadParagraph, startedHere: string[]): void {
  let previous: Revision | null = null;
  for (const el of children) {
    switch (el.name) {
      case 'w:pPr':
        break;
      case 'w:r':
        run(el, state, ctx, out);
        break;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
      case 'w:moveFrom': {
        const kind = el.name === 'w:ins' || el.name === 'w:moveTo' ? 'ins' : 'del';
        if (el.name === 'w:moveTo' || el.name === 'w:moveFrom') ctx.stats.moves += 1;
        let revision = revisionOf(el, kind, ctx);
        // Word writes a replacement as a deletion followed by an insertion: one suggestion here.
        if (kind === 'ins' && previous?.kind === 'del' && previous.author === revision.author && previous.date === revision.date)
          revision = { ...revision, id: previous.id };
        if (state.revision?.kind === 'ins' && kind === 'del') ctx.stats.insertedThenDeleted += 1;
        // Inserted by one reviewer and deleted by another: shown as the deletion, so the text stays visible.
        const effective = state.revision?.kind === 'del' ? state.revision : revision;
        walk(kids(el), { ...state, revision: effective }, ctx, out, startedHere);
        previous = revision;
        continue;
      }
      case 'w:hyperlink': {
        // Links to bookmarks inside the file (w:anchor) have nowhere to point in an article, so they stay text.
        const target = el.attribs['r:id'] ? ctx.links.get(el.attribs['r:id']) : undefined;
        walk(kids(el), { ...state, href: target ? safeLinkUrl(target) : state.href }, ctx, out, startedHere);
        break;
      }
      case 'w:commentRangeStart': {
        const id = el.attribs['w:id'];
        if (id !== undefined) {
          ctx.openComments.add(id);
          startedHere.push(id);
        }
        break;
      }
      case 'w:commentRangeEnd': {
        const id = el.attribs['w:id'];
        if (id !== undefined) ctx.openComments.delete(id);
        break;
      }
      case 'w:fldSimple':
        ctx.stats.fields += 1;
        walk(kids(el), state, ctx, out, startedHere);
        break;
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:sdt':
      case 'w:sdtContent':
      case 'w:bdo':
      case 'w:dir':
        walk(kids(el), state, ctx, out, startedHere);
        break;
      default:
        break;
    }
    previous = el.name === 'w:del' ? previous : null;
  }
}

function run(r: Element, state: RunState, ctx: ReaderContext, out: ReadParagraph): void {
  const rPr = kid(r, 'w:rPr');
  const base = formatMarks(rPr);
  if (rPr && on(kid(rPr, 'w:rtl'))) ctx.stats.rtlRuns += 1;
  const runStyle = rPr ? val(kid(rPr, 'w:rStyle')) : undefined;
  // A caption's credit is kept apart; anywhere else the style is only formatting.
  const target = out.role === 'caption' && runStyle !== undefined && ctx.styles.get(runStyle)?.role === 'credit' ? out.credit : out.inlines;
  const marks = (): BodyMark[] => {
    const list = [...base];
    if (state.href) list.push({ type: 'link', attrs: { href: state.href } });
    if (state.revision)
      list.push({
        type: state.revision.kind === 'ins' ? INSERTION : DELETION,
        attrs: { id: state.revision.id, author: state.revision.author, date: state.revision.date },
      });
    for (const id of ctx.openComments) {
      list.push({ type: COMMENT, attrs: { id: commentId(id) } });
      ctx.stats.anchoredComments.add(id);
    }
    return list;
  };
  for (const child of kids(r)) {
    if (child.name === 'w:t' || child.name === 'w:delText') pushText(target, textContent(child), marks());
    else if (child.name === 'w:tab') pushText(target, '\t', marks());
    else if (child.name === 'w:noBreakHyphen') pushText(target, '\u2011', marks());
    else if (child.name === 'w:br' || child.name === 'w:cr') target.push({ type: 'hardBreak' });
    else if (child.name === 'w:commentReference' && child.attribs['w:id'] !== undefined)
      ctx.stats.commentReferences.add(child.attribs['w:id']);
    else if (child.name === 'w:drawing' || child.name === 'w:pict') {
      const blip = find([child], 'a:blip');
      const id = blip?.attribs['r:embed'] ?? find([child], 'v:imagedata')?.attribs['r:id'];
      const alt = find([child], 'wp:docPr')?.attribs.descr ?? '';
      if (id) out.images.push({ id, alt });
    }
  }
}

const sameMarks = (a: BodyMark[] | undefined, b: BodyMark[]) => JSON.stringify(a ?? []) === JSON.stringify(b);

function pushText(inlines: BodyNode[], text: string, marks: BodyMark[]): void {
  if (!text) return;
  const last = inlines[inlines.length - 1];
  if (last?.type === 'text' && sameMarks(last.marks, marks)) {
    last.text = (last.text ?? '') + text;
    return;
  }
  inlines.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}
