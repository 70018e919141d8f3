import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../core/article/schema';
import { exportNinjs, exportNinjsJson, ninjsJson, type JsonObject } from './ninjsExport';
import { exportContext, FULL_ID, fullArticle, minimalArticle, RELATED_ID } from '../../testing/testArticles';

const standards = resolve(dirname(fileURLToPath(import.meta.url)), '../../testing/standards/ninjs');
const loadSchema = (file: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(standards, file), 'utf8'));

function validator(file: string) {
  const schema = loadSchema(file);
  // Both schemas declare draft 2020-12; checked here so a future schema update cannot slip past.
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  // `places[].geoJSON` points at geojson.org; tests run offline and we never write places.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(schema);
}

const validate = { '3.1': validator('ninjs-schema_3.1.json'), '2.2': validator('ninjs-schema_2.2.json') };

function expectValid(version: '3.1' | '2.2', item: object): void {
  const ok = validate[version](item);
  expect(validate[version].errors ?? [], JSON.stringify(validate[version].errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('exportNinjs 3.1', () => {
  it('the validators do refuse what the schemas forbid', () => {
    expect(validate['3.1']({ uri: 'urn:x:1', headline: 'a 1.x property' })).toBe(false);
    expect(validate['3.1']({ uri: 'urn:x:1', headlines: 'not a list' })).toBe(false);
    expect(validate['2.2']({ uri: 'urn:x:1', versionCreated: '2025-01-01T00:00:00Z' })).toBe(false);
    expect(validate['2.2']({ uri: 'urn:x:1', versioncreated: 'yesterday' })).toBe(false);
  });

  it('is valid against the IPTC schema for a full and a minimal article', () => {
    expect(ArticleSchema.safeParse(fullArticle()).success).toBe(true);
    expectValid('3.1', exportNinjs(fullArticle(), exportContext()));
    expectValid('3.1', exportNinjs(minimalArticle(), exportContext(false)));
    expectValid('3.1', JSON.parse(exportNinjsJson(fullArticle(), exportContext())));
  });

  it('maps the article fields to their ninjs properties', () => {
    const item = exportNinjs(fullArticle(), exportContext());
    expect(item).toMatchObject({
      uri: `urn:copydesk:article:${FULL_ID}`,
      type: 'text',
      standard: { name: 'ninjs', version: '3.1' },
      firstCreated: '2025-12-11T09:00:00.000Z',
      versionCreated: '2025-12-11T10:15:30.000Z',
      contentCreated: '2025-12-11T09:00:00.000Z',
      pubStatus: 'usable',
      language: 'en-GB',
      slugline: 'putin-maduro-call',
      by: "Staff & Agencies' Desk",
      located: 'MOSCOW / CARACAS',
      headlines: [{ role: 'main', value: fullArticle().headline }],
      descriptions: [{ role: 'summary', contentType: 'text/plain', value: fullArticle().standfirst }],
      infoSources: [{ name: 'TRTWorld and agencies', role: 'source' }],
      subjects: [
        { name: 'WORLD', rel: 'section' },
        { name: 'Russia' },
        { name: 'Venezuela' },
        { name: 'Vladimir Putin' },
        { name: 'Nicolás Maduro' },
      ],
    });
  });

  it('carries the body as escaped HTML with its word and character counts', () => {
    const [body] = exportNinjs(fullArticle(), exportContext()).bodies as JsonObject[];
    expect(body).toMatchObject({ role: 'main', contentType: 'text/html' });
    expect(body!.wordCount).toBeGreaterThan(100);
    expect(body!.charCount).toBeGreaterThan(body!.wordCount as number);
    const html = body!.value as string;
    expect(html).toContain('<strong>United States</strong>');
    expect(html).toContain('<h2>Energy &amp; trade: &quot;deeper&quot; ties &lt;2025&gt;</h2>');
    expect(html).toContain(`href="https://news.example.com/articles/${RELATED_ID}"`);
  });

  it('describes the lead image and the related stories as associations', () => {
    const [image, web, library] = exportNinjs(fullArticle(), exportContext()).associations as JsonObject[];
    expect(image).toEqual({
      name: 'leadImage',
      uri: `urn:copydesk:asset:${'a'.repeat(64)}.jpg`,
      type: 'picture',
      by: 'Reuters',
      descriptions: [
        { role: 'caption', contentType: 'text/plain', value: fullArticle().leadImage!.caption },
        { role: 'alt', contentType: 'text/plain', value: fullArticle().leadImage!.alt },
      ],
      renditions: [{ name: 'original', href: 'https://cdn.example.com/images/putin-call.jpg', contentType: 'image/jpeg' }],
    });
    expect(web).toMatchObject({
      name: 'related-1',
      rel: 'related',
      uri: 'https://www.trtworld.com/world/russia-venezuela',
      infoSources: [{ name: 'TRT World', role: 'publisher' }],
      renditions: [{ name: 'web', href: 'https://www.trtworld.com/world/russia-venezuela' }],
    });
    expect(library).toMatchObject({ uri: `urn:copydesk:article:${RELATED_ID}`, headlines: [{ value: 'Earlier: Maduro visits Moscow' }] });
  });

  it('leaves out a relative image href, which the schema would refuse, but keeps the image', () => {
    const item = exportNinjs(fullArticle(), { ...exportContext(), image: { href: 'images/a.jpg', mimeType: 'image/jpeg' } });
    const [image] = item.associations as JsonObject[];
    expect(image!.renditions).toBeUndefined();
    expect(image!.by).toBe('Reuters');
    expectValid('3.1', item);
  });

  it('says nothing it does not know: a minimal article has no empty properties', () => {
    expect(exportNinjs(minimalArticle(), exportContext(false))).toEqual({
      uri: 'urn:copydesk:article:0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
      standard: { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' },
      type: 'text',
      representationType: 'full',
      firstCreated: '2025-01-02T03:04:05.000Z',
      versionCreated: '2025-01-02T03:04:05.000Z',
      contentCreated: '2025-01-02T03:04:05.000Z',
      pubStatus: 'withheld',
      language: 'en',
    });
  });

  it('derives pubStatus from the workflow status', () => {
    const status = (s: 'draft' | 'editing' | 'ready' | 'published' | 'spiked') =>
      exportNinjs({ ...minimalArticle(), status: s }, exportContext()).pubStatus;
    expect([status('draft'), status('editing'), status('ready'), status('published'), status('spiked')]).toEqual([
      'withheld',
      'withheld',
      'usable',
      'usable',
      'canceled',
    ]);
  });
});

describe('exportNinjs 2.2', () => {
  it('is valid against the IPTC 2.2 schema for a full and a minimal article', () => {
    expectValid('2.2', exportNinjs(fullArticle(), exportContext(), { version: '2.2' }));
    expectValid('2.2', exportNinjs(minimalArticle(), exportContext(false), { version: '2.2' }));
    expectValid('2.2', JSON.parse(ninjsJson({ ...fullArticle(), status: 'spiked' }, exportContext(), { version: '2.2' })));
  });

  it('uses the lower-case 2.x property names and drops what 2.2 does not allow', () => {
    const item = exportNinjs(fullArticle(), exportContext(), { version: '2.2' });
    expect(item).toMatchObject({
      versioncreated: '2025-12-11T10:15:30.000Z',
      firstcreated: '2025-12-11T09:00:00.000Z',
      pubstatus: 'usable',
      representationtype: 'full',
      standard: { version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#' },
      infosources: [{ name: 'TRTWorld and agencies', role: 'source' }],
      descriptions: [{ role: 'summary', contenttype: 'text/plain' }],
    });
    expect(item).not.toHaveProperty('versionCreated');
    const [body] = item.bodies as JsonObject[];
    expect(Object.keys(body!).sort()).toEqual(['charcount', 'contenttype', 'role', 'value', 'wordcount']);
    const associations = item.associations as JsonObject[];
    expect(associations.every((a) => !('rel' in a))).toBe(true);
    expect(associations[0]!.renditions).toEqual([
      { name: 'original', href: 'https://cdn.example.com/images/putin-call.jpg', contenttype: 'image/jpeg' },
    ]);
  });

  it('the JSON text is pretty-printed and ends with a newline', () => {
    const json = exportNinjsJson(minimalArticle(), exportContext());
    expect(json.startsWith('{\n  "uri": ')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
