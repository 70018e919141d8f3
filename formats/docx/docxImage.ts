import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { LeadImage } from '../../core/article/schema';
import type { Review } from '../../core/review/reviewSchema';
import { captionParagraphs } from './docxCaption';
import type { DocxDirection } from './docxDirection';
import type { DocxReviewWriter } from './docxReview';
import type { ExportImage } from '../../core/export/exportTypes';
import { readImageInfo, type ImageType } from '../../core/image/imageInfo';
import { CONTENT_HEIGHT_PX, CONTENT_WIDTH_PX } from './docxStyles';

/** The formats docx can embed; WebP is not one of them, so a WebP lead image is left out of the file. */
type DocxImageType = 'jpg' | 'png' | 'gif';
const asDocxType = (type: ImageType): DocxImageType | null => (type === 'webp' ? null : type);

/**
 * Fits the picture to the text column, keeping its proportions; a tall portrait is also kept within one
 * page, which Word would otherwise crop.
 */
export function fitToPage(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(CONTENT_WIDTH_PX / width, CONTENT_HEIGHT_PX / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The picture paragraph, or null when there are no bytes or they are not an image Word can show. */
export function leadPicture(image: LeadImage, exported: ExportImage | undefined, direction?: DocxDirection): Paragraph | null {
  const bytes = exported?.bytes;
  if (!bytes || bytes.length === 0) return null;
  const info = readImageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) return null;
  // The type comes from the bytes, not the mimeType label: a picture written under the wrong type is one
  // Word will not open, and the two agree for every image the library stores.
  const type = asDocxType(info.type);
  if (type === null) return null;
  const alt = image.alt || image.caption;
  return new Paragraph({
    ...direction?.paragraph,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type,
        data: bytes,
        transformation: fitToPage(info.width, info.height),
        ...(alt ? { altText: { name: 'Lead image', description: alt, title: alt } } : {}),
      }),
    ],
  });
}

/** The picture (when Word can show it) and its caption paragraph. */
export function leadImageParagraphs(
  image: LeadImage | null,
  exported: ExportImage | undefined,
  review: { writer: DocxReviewWriter; data: Review } | undefined,
  direction: DocxDirection,
): Paragraph[] {
  if (!image) return [];
  const picture = leadPicture(image, exported, direction);
  return [...(picture ? [picture] : []), ...captionParagraphs(image, review, direction)];
}
