/**
 * schema.org metadata from a page's JSON-LD blocks, the first place a news page states its fields:
 * NewsArticle and its kin, found at the top level, in arrays or in an @graph, with authors as a
 * person, an organisation, a list of either or plain names, and the image's caption and credit.
 * Read from the raw HTML text, before the page is parsed, because the script elements that carry it
 * are stripped before parsing.
 */
export interface JsonLdArticle {
  headline: string;
  description: string;
  authors: string[];
  published: string;
  section: string;
  keywords: string[];
  language: string;
  image: { url: string; caption: string; credit: string } | null;
  /** schema.org isAccessibleForFree: false marks a paywalled article. */
  free: boolean | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const BLOCK = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
// A page has a handful of blocks; a page with thousands is not worth reading them all.
const MAX_BLOCKS = 50;
const MAX_BLOCK_CHARS = 1_000_000;

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readJsonLd(html: string): JsonLdArticle | null {
  const candidates: Obj[] = [];
  let count = 0;
  for (const match of html.matchAll(BLOCK)) {
    if (++count > MAX_BLOCKS) break;
    const text = match[1]!.trim();
    if (!text || text.length > MAX_BLOCK_CHARS) continue;
    const parsed = parseLoose(text);
    if (parsed !== undefined) collectArticles(parsed, candidates, 0);
  }
  // The fullest article wins: some pages carry a bare WebPage-level Article next to the real one.
  const best = candidates.map(toArticle).sort((a, b) => score(b) - score(a))[0];
  return best && score(best) > 0 ? best : null;
}

/** JSON as pages really write it: sometimes wrapped in a CDATA comment, sometimes with raw newlines in strings. */
function parseLoose(text: string): Json | undefined {
  const unwrapped = text
    .replace(/^\s*(\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(\/\/\s*)?\]\]>\s*$/, '')
    .trim();
  // eslint-disable-next-line no-control-regex -- raw control characters inside strings are what breaks such JSON
  for (const attempt of [unwrapped, unwrapped.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function collectArticles(node: Json, out: Obj[], depth: number): void {
  if (depth > 6 || out.length > 20) return;
  if (Array.isArray(node)) {
    for (const item of node) collectArticles(item, out, depth + 1);
    return;
  }
  if (!isObj(node)) return;
  if (types(node).some((t) => ARTICLE_TYPES.test(t))) out.push(node);
  if (node['@graph'] !== undefined) collectArticles(node['@graph'], out, depth + 1);
  if (isObj(node.mainEntity)) collectArticles(node.mainEntity, out, depth + 1);
}

function types(node: Obj): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function toArticle(node: Obj): JsonLdArticle {
  return {
    headline: str(node.headline) || str(node.name),
    description: str(node.description) || str(node.alternativeHeadline),
    authors: names(node.author),
    published: str(node.datePublished) || str(node.dateCreated),
    section: first(node.articleSection),
    keywords: keywords(node.keywords),
    language: str(node.inLanguage) || (isObj(node.inLanguage) ? str(node.inLanguage.alternateName) || str(node.inLanguage.name) : ''),
    image: image(node.image),
    free:
      node.isAccessibleForFree === false || node.isAccessibleForFree === 'False' || node.isAccessibleForFree === 'false'
        ? false
        : node.isAccessibleForFree === undefined
          ? null
          : true,
  };
}

function score(a: JsonLdArticle): number {
  return (a.headline ? 4 : 0) + (a.authors.length ? 2 : 0) + (a.published ? 2 : 0) + (a.description ? 1 : 0) + (a.image ? 1 : 0);
}

function str(v: Json): string {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function first(v: Json): string {
  return Array.isArray(v) ? (v.map(str).find(Boolean) ?? '') : str(v);
}

/** Author names: a Person's name, an Organization's, or the string itself; never a URL. */
function names(v: Json): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = isObj(item) ? str(item.name) || [str(item.givenName), str(item.familyName)].filter(Boolean).join(' ') : str(item);
    if (name && !/^https?:\/\//i.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function keywords(v: Json): string[] {
  const list = Array.isArray(v) ? v.map(str) : str(v).split(',');
  return list
    .map((k) => k.trim())
    .filter((k) => k !== '' && k.length <= 60)
    .slice(0, 30);
}

function image(v: Json): JsonLdArticle['image'] {
  const item = Array.isArray(v) ? v[0] : v;
  if (typeof item === 'string') return item ? { url: item, caption: '', credit: '' } : null;
  if (!isObj(item)) return null;
  const holder = item.copyrightHolder;
  const credit =
    str(item.creditText) ||
    (isObj(holder) ? str(holder.name) : str(holder)) ||
    str(item.author && isObj(item.author) ? item.author.name : item.author);
  const url = str(item.url) || str(item.contentUrl);
  const caption = str(item.caption) || str(item.description);
  return url || caption || credit ? { url, caption, credit } : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Some CMSs HTML-escape the strings inside their JSON-LD; the fields are plain text. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return safeChar(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeChar(Number(lower.slice(1))) ?? whole;
    return ENTITIES[lower] ?? whole;
  });
}

function safeChar(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
