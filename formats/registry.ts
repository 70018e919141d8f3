import type { ExportFormat } from '../core/export/exportJob';
import { IMPORT_FORMATS, type ImportFormat } from '../core/import/importTypes';

/**
 * Every format Copydesk reads or writes, with what it can do. Pure data, so the renderer's dialogs, the
 * CLI's help and the backend's file filters read one list. The code for each lives in its own folder
 * (formats/<name>/) and is wired in formats/importers.ts and formats/exporters.ts, both `Record`s keyed by
 * these ids: a format id added in core fails to compile until it has an entry here and its code there.
 */
export interface ImportCapability {
  label: string;
  /** File extensions that pick this importer, lower case, no dot. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  folder: string;
}

export interface ExportCapability {
  label: string;
  /** The file extension written, no dot (may have two parts, as in `nitf.xml`). */
  extension: string;
  mimeType: string;
  folder: string;
}

export const IMPORT_REGISTRY: Readonly<Record<ImportFormat, ImportCapability>> = {
  text: { label: 'Plain or pasted page text', extensions: ['txt', 'text'], mimeTypes: ['text/plain'], folder: 'formats/pastedText' },
  markdown: { label: 'Markdown', extensions: ['md', 'markdown'], mimeTypes: ['text/markdown'], folder: 'formats/markdown' },
  html: { label: 'HTML page', extensions: ['html', 'htm'], mimeTypes: ['text/html'], folder: 'formats/html' },
  ninjs: { label: 'IPTC ninjs', extensions: ['json'], mimeTypes: ['application/ninjs+json', 'application/json'], folder: 'formats/ninjs' },
  copydesk: {
    label: 'Copydesk article',
    extensions: ['copydesk'],
    mimeTypes: ['application/vnd.copydesk+json'],
    folder: 'formats/copydesk',
  },
  // Read from the file's bytes by formats/importFile.ts, never as text.
  docx: {
    label: 'Word document',
    extensions: ['docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    folder: 'formats/docx',
  },
};

export const EXPORT_REGISTRY: Readonly<Record<ExportFormat, ExportCapability>> = {
  html: { label: 'HTML page', extension: 'html', mimeType: 'text/html', folder: 'formats/html' },
  md: { label: 'Markdown', extension: 'md', mimeType: 'text/markdown', folder: 'formats/markdown' },
  txt: { label: 'Plain text (wire)', extension: 'txt', mimeType: 'text/plain', folder: 'formats/plaintext' },
  // The file association's extension: double-clicking one opens it in Copydesk.
  json: { label: 'Copydesk article', extension: 'copydesk', mimeType: 'application/vnd.copydesk+json', folder: 'formats/copydesk' },
  ninjs: { label: 'IPTC ninjs', extension: 'ninjs.json', mimeType: 'application/ninjs+json', folder: 'formats/ninjs' },
  nitf: { label: 'IPTC NITF 3.6', extension: 'nitf.xml', mimeType: 'application/nitf+xml', folder: 'formats/nitf' },
  docx: {
    label: 'Word (DOCX)',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    folder: 'formats/docx',
  },
  pdf: { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf', folder: 'formats/pdf' },
};

/** Every extension an import accepts (the file dialogs' filter), in registry order. */
export const IMPORT_EXTENSIONS: readonly string[] = [...new Set(IMPORT_FORMATS.flatMap((format) => IMPORT_REGISTRY[format].extensions))];
