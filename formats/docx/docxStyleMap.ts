import type { Element } from 'domhandler';
import { find, findAll, kid, kids, parseXml, val } from './docxXml';

export type ParagraphRole =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'quote'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'source'
  | 'listParagraph'
  | 'normal'
  /** Our newsroom lines: kill, withdrawal and embargo at the top, notes at the end (read from the properties). */
  | 'notice'
  | 'note'
  /** Our Section Label paragraph, above the headline. */
  | 'section'
  /** A character style: the credit inside a caption. */
  | 'credit';

export interface StyleInfo {
  role: ParagraphRole;
  level: number;
}

/**
 * Paragraph styles by id, judged by their names (Word's built-in names are English in styles.xml in
 * every language; ids are not, "Titre" or "berschrift1"), following basedOn for house styles.
 */
export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  const raw = new Map<string, { name: string; basedOn: string | undefined }>();
  for (const style of findAll(parseXml(xml), 'w:style')) {
    const id = style.attribs['w:styleId'];
    if (!id) continue;
    raw.set(id, { name: (val(kid(style, 'w:name')) ?? id).toLowerCase(), basedOn: val(kid(style, 'w:basedOn')) });
  }
  const resolve = (id: string, depth = 0): StyleInfo => {
    const entry = raw.get(id);
    const byName = roleOf(entry?.name ?? id.toLowerCase());
    if (byName.role !== 'normal' || !entry?.basedOn || depth > 10) return byName;
    return resolve(entry.basedOn, depth + 1);
  };
  for (const id of raw.keys()) styles.set(id, resolve(id));
  return styles;
}

export function roleOf(name: string): StyleInfo {
  const n = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const heading = /^heading ?(\d)$/.exec(n);
  if (heading) return { role: 'heading', level: Number(heading[1]) };
  if (n === 'title') return { role: 'title', level: 0 };
  if (n === 'subtitle' || n === 'standfirst' || n === 'lede' || n === 'lead' || n === 'intro') return { role: 'subtitle', level: 0 };
  if (n === 'quote' || n === 'intense quote' || n === 'block text') return { role: 'quote', level: 0 };
  if (n === 'caption') return { role: 'caption', level: 0 };
  // pandoc's and many templates' Author paragraph is the byline.
  if (n === 'byline' || n === 'author') return { role: 'byline', level: 0 };
  if (n === 'dateline') return { role: 'dateline', level: 0 };
  if (n === 'source line' || n === 'sourceline') return { role: 'source', level: 0 };
  if (n === 'list paragraph') return { role: 'listParagraph', level: 0 };
  if (n === 'section label') return { role: 'section', level: 0 };
  if (n === 'newsroom notice') return { role: 'notice', level: 0 };
  if (n === 'newsroom note') return { role: 'note', level: 0 };
  if (n === 'photo credit' || n === 'credit') return { role: 'credit', level: 0 };
  return { role: 'normal', level: 0 };
}

/** Which numbered lists are ordered (decimal, letters, roman) rather than bulleted, by numId and level. */
export function readNumbering(xml: string | null): (numId: string, level: number) => 'bullet' | 'ordered' {
  if (!xml) return () => 'bullet';
  const roots = parseXml(xml);
  const numbering = find(roots, 'w:numbering');
  const abstract = new Map<string, Element>();
  const nums = new Map<string, string>();
  for (const el of numbering ? kids(numbering) : []) {
    if (el.name === 'w:abstractNum' && el.attribs['w:abstractNumId'] !== undefined) abstract.set(el.attribs['w:abstractNumId'], el);
    if (el.name === 'w:num' && el.attribs['w:numId'] !== undefined) nums.set(el.attribs['w:numId'], val(kid(el, 'w:abstractNumId')) ?? '');
  }
  return (numId, level) => {
    const def = abstract.get(nums.get(numId) ?? '');
    const lvl = def ? kids(def).find((l) => l.name === 'w:lvl' && l.attribs['w:ilvl'] === String(level)) : undefined;
    const format = val(kid(lvl ?? ({ children: [] } as unknown as Element), 'w:numFmt'));
    return format && format !== 'bullet' && format !== 'none' ? 'ordered' : 'bullet';
  };
}
