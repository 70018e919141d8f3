/** What an export job is, shared by main (which runs it) and the renderer (which shows it). */
export const EXPORT_FORMATS = ['html', 'md', 'txt', 'json', 'ninjs', 'nitf', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
// Labels, extensions and MIME types: formats/registry.ts.

export type PaperSize = 'A4' | 'Letter';
export type OnExists = 'replace' | 'keep-both';

export interface ExportOptions {
  /** The lead image written beside the files, or embedded in HTML as a data URI. */
  imageMode: 'alongside' | 'embed';
  wrapWidth: number;
  ninjsVersion: '3.1' | '2.2';
  paper: PaperSize;
  /**
   * Publication formats (all but Copydesk JSON and Word) carry no review marks. An article with open
   * suggestions is exported only when the user chose, explicitly, as if all were accepted or all rejected;
   * null stops with a message naming the article.
   */
  suggestions?: 'accept' | 'reject' | null;
}

/** The formats ticked until the user chooses others: a page to read and a file to edit. */
export const DEFAULT_EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx'];

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { imageMode: 'alongside', wrapWidth: 69, ninjsVersion: '3.1', paper: 'A4' };

export interface ExportRequest {
  articleIds: string[];
  formats: ExportFormat[];
  onExists: OnExists;
  options: ExportOptions;
}

export interface ExportFileResult {
  articleId: string;
  headline: string;
  format: ExportFormat | 'image';
  fileName?: string;
  error?: string;
}

export interface ExportJobStatus {
  jobId: string;
  folder: string;
  total: number;
  done: number;
  finished: boolean;
  cancelled: boolean;
  results: ExportFileResult[];
}
