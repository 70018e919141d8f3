import type { Article } from '../article/schema';

/** The lead image as an exporter needs it: its bytes when it is embedded, its href when it is linked. */
export interface ExportImage {
  href: string;
  mimeType: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
  bytes?: Uint8Array;
}

export interface ExportContext {
  /** The moment of export, for generated dates; exporters never read the clock themselves. */
  now: Date;
  image?: ExportImage;
  /** How a link to another library article is written (e.g. to its slug); omitted links keep their text. */
  articleHref?: (articleId: string) => string | null;
}

export type TextExporter = (article: Article, context: ExportContext) => string;
