/**
 * Test support for the DOCX exporter: reads a document back the two ways a reader would, through mammoth
 * (as Word's content) and through the package's own XML parts (as Word's structure), and makes real
 * PNGs. Pure, so it obeys core's rules; fflate is the zip library docx itself depends on.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export interface DocxParagraph {
  style: string | null;
  text: string;
  xml: string;
}

export interface ReadDocx {
  files: Record<string, Uint8Array>;
  part: (path: string) => string;
  documentXml: string;
  relsXml: string;
  paragraphs: DocxParagraph[];
  html: string;
  rawText: string;
  messages: string[];
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

export function docxParagraphs(documentXml: string): DocxParagraph[] {
  return [...documentXml.matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
    text: unescapeXml(
      [...xml.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map(([tag, text]) => (tag === '<w:br/>' ? '\n' : (text ?? '')))
        .join(''),
    ),
    xml,
  }));
}

/** The relationship target for an id, as written in document.xml.rels. */
export function relationshipTarget(relsXml: string, id: string): string | null {
  const rel = [...relsXml.matchAll(/<Relationship [^>]*\/>/g)].map(([tag]) => tag).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]*)"/.exec(rel)?.[1] : undefined;
  return target === undefined ? null : unescapeXml(target);
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const files = unzipSync(bytes);
  const part = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`The package has no ${path}.`);
    return strFromU8(file);
  };
  const documentXml = part('word/document.xml');
  const buffer = Buffer.from(bytes);
  const [html, raw] = await Promise.all([mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP }), mammoth.extractRawText({ buffer })]);
  return {
    files,
    part,
    documentXml,
    relsXml: part('word/_rels/document.xml.rels'),
    paragraphs: docxParagraphs(documentXml),
    // The picture's base64 would swamp every failure message; its presence is what the tests need.
    html: html.value.replace(/(src="data:image\/[a-z]+;base64,)[^"]*"/g, '$1…"'),
    rawText: raw.value,
    messages: [...html.messages, ...raw.messages].map((message) => message.message),
  };
}

/** Mammoth knows Word's headings but not the other built-in styles; this maps them as Word means them. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Section Label'] => p.section:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  "p[style-name='Dateline'] => p.dateline:fresh",
  "p[style-name='Related Teaser'] => p.related:fresh",
  "p[style-name='Source Line'] => p.source:fresh",
  "p[style-name='Code Block'] => pre:fresh",
];

export { makePng } from './pngForTests';
