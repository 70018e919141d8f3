import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../core/export/exportJob';
import { IMPORT_FORMATS } from '../core/import/importTypes';
import { EXPORTERS } from './exporters';
import { detectImportFormat } from './importAny';
import { IMPORTERS } from './importers';
import { EXPORT_REGISTRY, IMPORT_EXTENSIONS, IMPORT_REGISTRY } from './registry';

const ROOT = resolve(import.meta.dirname, '..');

describe('the format registry', () => {
  it('names a folder of its own for every format, and that folder exists', () => {
    for (const format of IMPORT_FORMATS) expect(existsSync(resolve(ROOT, IMPORT_REGISTRY[format].folder)), format).toBe(true);
    for (const format of EXPORT_FORMATS) expect(existsSync(resolve(ROOT, EXPORT_REGISTRY[format].folder)), format).toBe(true);
  });

  it('has code for every format it lists', () => {
    expect(Object.keys(IMPORTERS).sort()).toEqual([...IMPORT_FORMATS].sort());
    expect(Object.keys(EXPORTERS).sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it('picks each importer by its own extensions', () => {
    for (const format of IMPORT_FORMATS) {
      for (const extension of IMPORT_REGISTRY[format].extensions) {
        if (extension === 'json' || extension === 'copydesk') continue; // content-sniffed, below
        expect(detectImportFormat(`story.${extension}`, 'x'), extension).toBe(format);
        expect(IMPORT_EXTENSIONS).toContain(extension);
      }
    }
    expect(detectImportFormat('story.json', '{"uri":"x"}')).toBe('ninjs');
    expect(detectImportFormat('story.copydesk', '{"schemaVersion":1,"body":{"type":"doc"}}')).toBe('copydesk');
  });

  it('gives every export a distinct file extension and a MIME type', () => {
    const extensions = EXPORT_FORMATS.map((format) => EXPORT_REGISTRY[format].extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const format of EXPORT_FORMATS) expect(EXPORT_REGISTRY[format].mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
  });
});
