import type { Article } from '../article/schema';
import { CopydeskError } from '../errors';

/** Why an import was refused. Each code maps to a message that names the problem and what to do. */
export type ImportErrorCode = 'empty' | 'binary' | 'invalid_json' | 'invalid_schema' | 'too_large' | 'unsupported' | 'newer_version';

export class ImportError extends CopydeskError {
  constructor(
    override readonly code: ImportErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'ImportError';
  }
}

/** Something the importer was unsure of; the review dialog shows these next to the fields. */
export interface ImportWarning {
  field: string;
  message: string;
}

/** Fields an importer recognised in the source, so the review dialog can highlight them. */
export type RecognisedField =
  | 'section'
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'leadImage'
  | 'caption'
  | 'credit'
  | 'publishedAt'
  | 'body'
  | 'related'
  | 'source'
  | 'tags'
  | 'language'
  | 'slug';

/** Where a recognised field was read: structured data, the page's metadata, its markup, or plain text. */
export type FieldSource = 'json-ld' | 'meta' | 'markup' | 'text';

export type FieldSources = Partial<Record<RecognisedField, FieldSource>>;

export interface ImportResult {
  article: Article;
  warnings: ImportWarning[];
  recognised: RecognisedField[];
  /** Where each recognised field came from, so the review dialog can say what to double-check. */
  sources?: FieldSources;
}

/** The importer is pure: the caller supplies the new article's id and the moment of import. */
export interface ImportContext {
  id: string;
  now: Date;
}

/** Lead images are files in the store; an importer that finds one reports where it points. */
export interface ImportedImageReference {
  href: string;
  caption: string;
  credit: string;
  alt: string;
}

/** The formats Copydesk reads; formats/registry.ts maps each to its importer. */
export const IMPORT_FORMATS = ['text', 'markdown', 'html', 'ninjs', 'copydesk', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The largest file or paste an import reads, checked before parsing. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
