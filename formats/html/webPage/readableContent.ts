import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * The article's own copy from a whole web page, found by Readability.js (the engine of Firefox Reader
 * View) over linkedom, a light DOM. Measured against Defuddle and the seed importer on real pages; see
 * docs/import-web-pages.md. Returns null when the page has nothing that reads as an article.
 */
export interface ReadableContent {
  html: string;
  title: string;
  byline: string;
  excerpt: string;
  dir: string;
  textLength: number;
}

// Readability gives up on a page with more elements than this rather than take seconds over it.
const MAX_ELEMENTS = 60_000;

export function readableContent(strippedHtml: string): ReadableContent | null {
  const { document } = parseHTML(strippedHtml);
  if (!document.body) return null;
  const reader = new Readability(document as unknown as Document, {
    // Metadata is read by our own JSON-LD and meta readers, with their sources; the inert markup is gone.
    disableJSONLD: true,
    maxElemsToParse: MAX_ELEMENTS,
    // Class names tell captions and credits outside <figure> apart (bodyFurniture); the allow-list drops them after.
    keepClasses: true,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch (error) {
    // Readability throws on a page over its element limit; that page is read by the simpler path.
    if (/too many elements/i.test(String((error as Error).message))) return null;
    throw error;
  }
  if (!parsed?.content) return null;
  return {
    html: parsed.content,
    title: parsed.title?.trim() ?? '',
    byline: parsed.byline?.trim() ?? '',
    excerpt: parsed.excerpt?.trim() ?? '',
    dir: parsed.dir?.trim() ?? '',
    textLength: parsed.length ?? 0,
  };
}

/**
 * Removes what never carries article text before any parser sees it: scripts (after their JSON-LD was
 * read), styles, inline SVG, templates and comments. On real pages this is most of the bytes, and
 * parsing what is left is several times faster.
 */
export function stripInertMarkup(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<template\b[^>]*>[\s\S]*?<\/template\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}
