/** What an export job is, shared by main (which runs it) and the renderer (which shows it). */
export const EXPORT_FORMATS = ['html', 'md', 'txt', 'json', 'ninjs', 'nitf', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string }> = {
  html: { label: 'HTML page', extension: 'html' },
  md: { label: 'Markdown', extension: 'md' },
  txt: { label: 'Plain text (wire)', extension: 'txt' },
  // The file association's extension: double-clicking one opens it in Copydesk.
  json: { label: 'Copydesk article', extension: 'copydesk' },
  ninjs: { label: 'IPTC ninjs', extension: 'ninjs.json' },
  nitf: { label: 'IPTC NITF 3.6', extension: 'nitf.xml' },
  docx: { label: 'Word (DOCX)', extension: 'docx' },
  pdf: { label: 'PDF', extension: 'pdf' },
};

export type PaperSize = 'A4' | 'Letter';
export type OnExists = 'replace' | 'keep-both';

export interface ExportOptions {
  /** The lead image written beside the files, or embedded in HTML as a data URI. */
  imageMode: 'alongside' | 'embed';
  wrapWidth: number;
  ninjsVersion: '3.1' | '2.2';
  paper: PaperSize;
}

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
