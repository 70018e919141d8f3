import {
  IMPORT_FORMATS,
  type ImportContext,
  type ImportedImageReference,
  type ImportFormat,
  type ImportResult,
} from '../core/import/importTypes';
import { LINK_HREF_MAX_CHARS } from '../core/html/linkHref';
import { IMPORT_REGISTRY } from './registry';
import { IMPORTERS } from './importers';
import { importHtml } from './html/htmlImport';
import { withHouseQuotes } from './houseQuotes';

export type AnyImportResult = ImportResult & { format: ImportFormat; image?: ImportedImageReference };

// A .json or .copydesk file may hold either kind of article JSON: its content decides.
const SNIFFED_EXTENSIONS: ReadonlySet<string> = new Set(['json', 'copydesk']);

function formatByExtension(extension: string): ImportFormat | 'json' | undefined {
  if (SNIFFED_EXTENSIONS.has(extension)) return 'json';
  return IMPORT_FORMATS.find((format) => IMPORT_REGISTRY[format].extensions.includes(extension));
}

/** The extension decides; an unknown one falls back to what the text looks like. */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const byName = formatByExtension(extension);
  const start = text.trimStart();
  const kind = byName ?? (start.startsWith('{') ? 'json' : start.startsWith('<') ? 'html' : start.startsWith('---') ? 'markdown' : 'text');
  if (kind !== 'json') return kind;
  return /"schemaVersion"\s*:/.test(text.slice(0, 4000)) && /"body"\s*:\s*\{\s*"type"\s*:\s*"doc"/.test(text) ? 'copydesk' : 'ninjs';
}

/** One entry point for every file and paste: picks the importer, and reports which it used. */
export function importAny(fileName: string, text: string, context: ImportContext, options: { selection?: boolean } = {}): AnyImportResult {
  if (options.selection)
    return withLongLinkWarning(withImageSlot(withHouseQuotes({ ...importHtml(text, context, { fragment: true }), format: 'html' })), text);
  return withLongLinkWarning(withImageSlot(withHouseQuotes(importWith(detectImportFormat(fileName, text), text, context))), text);
}

/** A URL this long cannot be a link in the article; the importers keep its words as plain text, and say so here. */
const LONG_URL = new RegExp(`(?:https?:|mailto:|ftp:)[^\\s"'<>]{${LINK_HREF_MAX_CHARS},}`, 'i');

function withLongLinkWarning(result: AnyImportResult, text: string): AnyImportResult {
  if (!LONG_URL.test(text)) return result;
  const message = `A link longer than ${LINK_HREF_MAX_CHARS.toLocaleString('en')} characters was kept as plain text, without its link: Copydesk stores links of up to that length. The rest was imported.`;
  return { ...result, warnings: [...result.warnings, { field: 'body', message }] };
}

/** A caption and credit without a picture still belong to the story: keep them in an empty image slot. */
function withImageSlot(result: AnyImportResult): AnyImportResult {
  const image = result.image;
  if (!image || result.article.leadImage || !(image.caption || image.credit || image.alt)) return result;
  return {
    ...result,
    article: { ...result.article, leadImage: { asset: null, caption: image.caption, credit: image.credit, alt: image.alt } },
  };
}

function importWith(format: ImportFormat, text: string, context: ImportContext): AnyImportResult {
  return { ...IMPORTERS[format](text, context), format };
}
