import { ArticleSchema } from '../core/article/schema';
import { bodyToHtml } from '../render/html/bodyToHtml';
import { htmlToBody } from '../core/html/htmlToBody';
import { importNinjs } from './ninjs/ninjsImport';
import { importHtml } from './html/htmlImport';
import { importMarkdown } from './markdown/markdownImport';
import { parsePastedText } from './pastedText/parsePastedText';
import { ImportError, type ImportContext, type ImportedImageReference, type ImportFormat, type ImportResult } from '../core/import/importTypes';


export const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'json', 'copydesk'];

export type AnyImportResult = ImportResult & { format: ImportFormat; image?: ImportedImageReference };

const BY_EXTENSION: Record<string, ImportFormat | 'json'> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  json: 'json',
  copydesk: 'json',
};

/** The extension decides; an unknown one falls back to what the text looks like. */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const byName = BY_EXTENSION[extension];
  const start = text.trimStart();
  const kind = byName ?? (start.startsWith('{') ? 'json' : start.startsWith('<') ? 'html' : start.startsWith('---') ? 'markdown' : 'text');
  if (kind !== 'json') return kind;
  return /"schemaVersion"\s*:/.test(text.slice(0, 4000)) && /"body"\s*:\s*\{\s*"type"\s*:\s*"doc"/.test(text) ? 'copydesk' : 'ninjs';
}

/** One entry point for every file and paste: picks the importer, and reports which it used. */
export function importAny(fileName: string, text: string, context: ImportContext): AnyImportResult {
  return withImageSlot(importWith(detectImportFormat(fileName, text), text, context));
}

/** A caption and credit without a picture still belong to the story: keep them in an empty image slot. */
function withImageSlot(result: AnyImportResult): AnyImportResult {
  const image = result.image;
  if (!image || result.article.leadImage || !(image.caption || image.credit || image.alt)) return result;
  return { ...result, article: { ...result.article, leadImage: { asset: null, caption: image.caption, credit: image.credit, alt: image.alt } } };
}

function importWith(format: ImportFormat, text: string, context: ImportContext): AnyImportResult {
  switch (format) {
    case 'text':
      return { ...parsePastedText(text, context), format };
    case 'markdown':
      return { ...importMarkdown(text, context), format };
    case 'html':
      return { ...importHtml(text, context), format };
    case 'ninjs':
      return { ...importNinjs(text, context), format };
    case 'copydesk':
      return { ...importCopydeskJson(text, context), format };
  }
}

/** Copydesk's own article file: validated whole, then given a fresh id so it never overwrites another. */
function importCopydeskJson(text: string, context: ImportContext): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError('invalid_json', `This file is not valid JSON: ${(error as Error).message}. It may be damaged.`);
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError('invalid_schema', `This is not a valid Copydesk article: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}.`);
  }
  const stamp = context.now.toISOString();
  // The body goes through the one allow-list like every other import: a file from anywhere may carry
  // nodes, marks or link targets the editor would never have made.
  const body = htmlToBody(bodyToHtml(parsed.data.body));
  return {
    article: { ...parsed.data, body, id: context.id, createdAt: stamp, updatedAt: stamp },
    warnings: [],
    recognised: ['section', 'headline', 'standfirst', 'byline', 'dateline', 'body', 'related', 'source', 'tags', 'language', 'slug'],
  };
}
