import { z } from 'zod';
import { ImportError } from '../../core/import/importTypes';
import { parseJson } from './jsonSyntax';
import { article, schemaError } from './ninjsErrors';

/**
 * Reads the part of a ninjs item that Copydesk uses, from any ninjs version: 1.x (`headline`,
 * `body_html`, associations keyed by name), 2.x (lower-case names) and 3.x (camelCase names). Keys are
 * lower-cased first, so one schema serves all three; errors still name the field as the file spells it.
 */

/** Far beyond any real story with its HTML, small enough to refuse a runaway file before parsing it. */
export const MAX_NINJS_CHARS = 20_000_000;

/** We read nothing deeper than item > associations > item > renditions > rendition. */
const MAX_KEY_DEPTH = 8;

const str = z.string();
const TextSchema = z.object({ role: str.optional(), contenttype: str.optional(), value: str });
const ConceptSchema = z.object({ name: str.optional(), literal: str.optional(), rel: str.optional(), uri: str.optional() });
const PartySchema = z.object({ name: str.optional(), role: str.optional() });
const RenditionSchema = z.object({ name: str.optional(), href: str.optional(), contenttype: str.optional(), width: z.number().optional() });

const AssociationSchema = z.object({
  name: str.optional(),
  uri: str.optional(),
  type: str.optional(),
  rel: str.optional(),
  headlines: z.array(TextSchema).optional(),
  headline: str.optional(),
  descriptions: z.array(TextSchema).optional(),
  description_text: str.optional(),
  by: str.optional(),
  copyrightholder: str.optional(),
  infosources: z.array(PartySchema).optional(),
  renditions: z.union([z.array(RenditionSchema), z.record(str, RenditionSchema)]).optional(),
});

const concepts = z.array(ConceptSchema).optional();

const ItemSchema = z.object({
  uri: str.min(1, 'must not be empty'),
  type: str.optional(),
  headlines: z.array(TextSchema).optional(),
  headline: str.optional(),
  descriptions: z.array(TextSchema).optional(),
  description_text: str.optional(),
  description_html: str.optional(),
  bodies: z.array(TextSchema).optional(),
  body_text: str.optional(),
  body_html: str.optional(),
  body_xhtml: str.optional(),
  by: str.optional(),
  located: str.optional(),
  slugline: str.optional(),
  language: str.optional(),
  subjects: concepts,
  subject: concepts,
  people: concepts,
  person: concepts,
  organisations: concepts,
  organisation: concepts,
  places: concepts,
  place: concepts,
  infosources: z.array(PartySchema).optional(),
  firstcreated: str.optional(),
  versioncreated: str.optional(),
  contentcreated: str.optional(),
  pubstatus: str.optional(),
  associations: z.union([z.array(AssociationSchema), z.record(str, AssociationSchema)]).optional(),
});

export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}
export type NinjsConcept = z.infer<typeof ConceptSchema>;
export type NinjsParty = z.infer<typeof PartySchema>;
export interface NinjsRendition {
  name?: string;
  href?: string;
  contentType?: string;
  width?: number;
}

export interface NinjsAssociation {
  name?: string;
  uri?: string;
  type?: string;
  rel?: string;
  headlines: NinjsText[];
  descriptions: NinjsText[];
  by?: string;
  copyrightHolder?: string;
  infoSources: NinjsParty[];
  renditions: NinjsRendition[];
}

export interface NinjsItem {
  uri: string;
  headlines: NinjsText[];
  descriptions: NinjsText[];
  bodies: NinjsText[];
  by?: string;
  located?: string;
  slugline?: string;
  language?: string;
  subjects: NinjsConcept[];
  /** People, organisations and places: named things the story is about. */
  entities: NinjsConcept[];
  infoSources: NinjsParty[];
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  pubStatus?: string;
  associations: NinjsAssociation[];
}

export function readNinjs(json: string): NinjsItem {
  if (json.length > MAX_NINJS_CHARS) {
    throw new ImportError(
      'too_large',
      `This file is too large to be a news item (more than ${MAX_NINJS_CHARS / 1_000_000} million characters).`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(json.slice(0, 8192)))
    throw new ImportError('binary', 'This file is not text: it looks like a binary file, not ninjs JSON.');
  const text = json.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError('empty', 'This file is empty.');
  const raw = parseJson(text);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const found = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a single ${typeof raw}`;
    throw notNinjs(`the file holds ${found}, where a ninjs item is a JSON object`);
  }
  const item = lowerKeys(raw, 0) as Record<string, unknown>;
  if (!('uri' in item)) throw notNinjs('it has no "uri", the identifier every ninjs item carries');
  if (typeof item.type === 'string' && item.type !== 'text') {
    throw new ImportError(
      'invalid_schema',
      `This ninjs item is ${article(item.type)} item, not a text story; only text items can be imported.`,
    );
  }
  const parsed = ItemSchema.safeParse(item);
  if (!parsed.success) throw schemaError(raw, parsed.error.issues[0]!);
  return normalise(parsed.data);
}

const notNinjs = (why: string) => new ImportError('invalid_schema', `This JSON is not a ninjs news item: ${why}.`);

function lowerKeys(value: unknown, depth: number): unknown {
  if (depth > MAX_KEY_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((entry) => lowerKeys(entry, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === '__proto__') continue;
    out[key.toLowerCase()] = lowerKeys(entry, depth + 1);
  }
  return out;
}

type Parsed = z.infer<typeof ItemSchema>;
type ParsedAssociation = z.infer<typeof AssociationSchema>;

const text = (t: z.infer<typeof TextSchema>): NinjsText => ({ role: t.role, contentType: t.contenttype, value: t.value });

/** 1.x wrote single strings where 2.x and later write role/value lists; both become lists. */
function legacyTexts(list: Array<z.infer<typeof TextSchema>> | undefined, legacy: Array<[string | undefined, string]>): NinjsText[] {
  const texts = (list ?? []).map(text);
  for (const [contentType, value] of legacy) if (value !== undefined) texts.push({ contentType, value });
  return texts;
}

function normalise(p: Parsed): NinjsItem {
  const legacyBodies: Array<[string, string]> = [];
  if (p.body_html !== undefined) legacyBodies.push(['text/html', p.body_html]);
  if (p.body_xhtml !== undefined) legacyBodies.push(['application/xhtml+xml', p.body_xhtml]);
  if (p.body_text !== undefined) legacyBodies.push(['text/plain', p.body_text]);
  const legacyDescriptions: Array<[string, string]> = [];
  if (p.description_text !== undefined) legacyDescriptions.push(['text/plain', p.description_text]);
  if (p.description_html !== undefined) legacyDescriptions.push(['text/html', p.description_html]);
  const associations = Array.isArray(p.associations)
    ? p.associations
    : Object.entries(p.associations ?? {}).map(([name, a]) => ({ name, ...a }));
  return {
    uri: p.uri,
    headlines: legacyTexts(p.headlines, p.headline !== undefined ? [[undefined, p.headline]] : []),
    descriptions: legacyTexts(p.descriptions, legacyDescriptions),
    bodies: legacyTexts(p.bodies, legacyBodies),
    by: p.by,
    located: p.located,
    slugline: p.slugline,
    language: p.language,
    subjects: [...(p.subjects ?? []), ...(p.subject ?? [])],
    entities: [p.people, p.person, p.organisations, p.organisation, p.places, p.place].flatMap((list) => list ?? []),
    infoSources: p.infosources ?? [],
    firstCreated: p.firstcreated,
    versionCreated: p.versioncreated,
    contentCreated: p.contentcreated,
    pubStatus: p.pubstatus,
    associations: associations.map(normaliseAssociation),
  };
}

function normaliseAssociation(a: ParsedAssociation): NinjsAssociation {
  const renditions = Array.isArray(a.renditions)
    ? a.renditions
    : Object.entries(a.renditions ?? {}).map(([name, r]) => ({ ...r, name: r.name ?? name }));
  return {
    name: a.name,
    uri: a.uri,
    type: a.type,
    rel: a.rel,
    headlines: legacyTexts(a.headlines, a.headline !== undefined ? [[undefined, a.headline]] : []),
    descriptions: legacyTexts(a.descriptions, a.description_text !== undefined ? [['text/plain', a.description_text]] : []),
    by: a.by,
    copyrightHolder: a.copyrightholder,
    infoSources: a.infosources ?? [],
    renditions: renditions.map((r) => ({ name: r.name, href: r.href, contentType: r.contenttype, width: r.width })),
  };
}
