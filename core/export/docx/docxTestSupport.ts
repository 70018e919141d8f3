/**
 * Test support for the DOCX exporter: reads a document back the two ways a reader would, through mammoth
 * (as Word's content) and through the package's own XML parts (as Word's structure), and makes real
 * PNGs. Pure, so it obeys core's rules; fflate is the zip library docx itself depends on.
 */
import { strFromU8, unzipSync, zlibSync } from 'fflate';
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
      [...xml.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : (text ?? ''))).join(''),
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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const concat = (...parts: ArrayLike<number>[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([...type].map((c) => c.charCodeAt(0)), data);
  return concat(u32(data.length), body, u32(crc32(body)));
}

/** A real, decodable RGB PNG with a gradient, as e2e's makePng makes, without Node's zlib. */
export function makePng(width: number, height: number): Uint8Array {
  const header = concat(u32(width), u32(height), [8, 2, 0, 0, 0]);
  const rows = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows.set([Math.round((255 * x) / width), Math.round((255 * y) / height), 96], at);
    }
  }
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return concat(signature, chunk('IHDR', header), chunk('IDAT', zlibSync(rows)), chunk('IEND', new Uint8Array(0)));
}
