import { FIELD_LIMITS, type LeadImage } from '../../core/article/schema';
import type { ImportWarning } from '../../core/import/importTypes';
import type { FieldSuggestion } from '../../core/review/reviewSchema';
import { CREDIT_SEPARATOR } from './docxCaption';
import { readField, type FieldRead } from './docxFrontMatter';
import type { DocxPackage, Relationship } from './docxPackage';
import type { ReadParagraph } from './docxParagraphReader';
import type { ParagraphRole } from './docxStyleMap';

export interface DocxImage {
  bytes: Uint8Array;
  fileName: string;
  caption: string;
  alt: string;
}

/** What the Word file's pictures give the article. */
export interface PicturesRead {
  /** The lead image's caption, credit and alt text (asset null: the backend stores `image` and fills it in). */
  leadImage: LeadImage | null;
  /** Tracked changes in the caption and credit, as field suggestions. */
  suggestions: { caption?: FieldSuggestion; credit?: FieldSuggestion };
  /** Comments anchored in the lead caption, with the text they quote. */
  comments: Map<string, string>;
  /** The first picture's bytes, when it is embedded. */
  image: DocxImage | null;
  /** Caption paragraphs that belong to a picture, so they are not body copy. */
  captions: Set<ReadParagraph>;
  warnings: ImportWarning[];
}

/** Paragraph roles that come before the copy, so a caption among them is the lead image's (a lead image with no picture). */
const FRONT_ROLES: ReadonlySet<ParagraphRole> = new Set(['title', 'subtitle', 'byline', 'dateline', 'notice', 'section']);
const hasText = (p: ReadParagraph) => p.inlines.length > 0 || p.credit.length > 0;
const stripSeparator = (text: string) => text.replace(/\s*\/\s*$/, '');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Caption {
  caption: FieldRead;
  credit: FieldRead;
}

/**
 * A caption paragraph as caption and credit. Our files put the credit in the Photo Credit character
 * style; a file without it that reads "caption / Credit" (older Copydesk files, many wire templates) is
 * split at the last " / " when it carries no tracked changes (which a split could tear apart).
 */
export function readCaption(p: ReadParagraph): Caption {
  const caption = readField(p, stripSeparator);
  const credit = readField({ ...p, inlines: p.credit });
  if (p.credit.length > 0 || caption.suggestion) return { caption, credit };
  // The last " / " with spaces round it: a credit may hold a bare slash ("Kim Ray/Reuters"), a caption " / ".
  const split = /^(.*\S)\s+\/\s+(\S.*)$/.exec(caption.value);
  if (!split || split[2]!.length > FIELD_LIMITS.credit) return { caption, credit };
  return {
    caption: { ...caption, value: split[1]!, anchors: new Map() },
    credit: { value: split[2]!.trim(), suggestion: null, comments: new Map(), anchors: new Map() },
  };
}

/** The caption paragraph right after a picture, if the next paragraph with text is one. */
function captionAfter(paragraphs: readonly ReadParagraph[], index: number): ReadParagraph | null {
  for (let j = index + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j]!;
    if (p.images.length > 0) return null;
    if (hasText(p)) return p.role === 'caption' ? p : null;
  }
  return null;
}

/** The caption of a lead image with no picture in the file: a Caption paragraph before any copy. */
function leadCaptionWithoutPicture(paragraphs: readonly ReadParagraph[]): ReadParagraph | null {
  for (const p of paragraphs) {
    if (!hasText(p)) continue;
    if (p.role === 'caption') return p;
    if (!FRONT_ROLES.has(p.role)) return null;
  }
  return null;
}

/** Where a picture sits, for a warning: after which text. */
function placeOf(paragraphs: readonly ReadParagraph[], index: number): string {
  for (let j = index - 1; j >= 0; j--) {
    const p = paragraphs[j]!;
    if (p.role === 'caption' || !hasText(p)) continue;
    const text = readField(p).value;
    if (text) return `after “${clip(text, 50)}”`;
  }
  return 'at the start';
}

/**
 * The first picture becomes the lead image with its caption and credit. The article's body holds text
 * only (core/article/bodyVocabulary.ts has no picture node, and every format and the editor would need
 * one), so the other pictures cannot be placed in it: each is named in a warning with its place and its
 * caption, so the desk can add it by hand, and its caption is not mistaken for copy.
 */
export function readPictures(paragraphs: readonly ReadParagraph[], rels: Map<string, Relationship>, pkg: DocxPackage): PicturesRead {
  const pictures = paragraphs.flatMap((p, index) =>
    p.images.map((image, k) => ({ ...image, index, caption: k === p.images.length - 1 ? captionAfter(paragraphs, index) : null })),
  );
  const captions = new Set(pictures.flatMap((picture) => (picture.caption ? [picture.caption] : [])));
  const warnings: ImportWarning[] = [];
  const leadCaption = pictures.length > 0 ? pictures[0]!.caption : leadCaptionWithoutPicture(paragraphs);
  if (leadCaption) captions.add(leadCaption);
  const read = leadCaption ? readCaption(leadCaption) : null;
  const out: PicturesRead = { leadImage: null, suggestions: {}, comments: new Map(), image: null, captions, warnings };
  if (read) {
    if (read.caption.suggestion) out.suggestions.caption = read.caption.suggestion;
    if (read.credit.suggestion) out.suggestions.credit = read.credit.suggestion;
    out.comments = new Map([...read.caption.comments, ...read.credit.comments]);
  }
  const caption = (read?.caption.value ?? '').slice(0, FIELD_LIMITS.caption);
  const credit = (read?.credit.value ?? '').slice(0, FIELD_LIMITS.credit);
  const first = pictures[0];
  // Our export (and pandoc) write the caption as the alt text when there is none; that is not a description of its own.
  const captionLines = new Set([caption, [caption, credit].filter(Boolean).join(CREDIT_SEPARATOR)]);
  const alt = first && !captionLines.has(first.alt.trim()) ? first.alt.trim().slice(0, FIELD_LIMITS.alt) : '';
  if (first || read) out.leadImage = { asset: null, caption, credit, alt };
  if (first) {
    const rel = rels.get(first.id);
    const path = rel && !rel.external ? `word/${rel.target.replace(/^\/?word\//, '').replace(/^\//, '')}` : null;
    const bytes = path ? pkg.bytes(path) : null;
    if (bytes) out.image = { bytes, fileName: path!.split('/').pop()!, caption, alt };
    else
      warnings.push({
        field: 'leadImage',
        message: 'The document’s first picture is linked, not embedded, so it could not be imported. Attach the image file by hand.',
      });
  }
  pictures.slice(1).forEach((picture, i) => {
    const own = picture.caption ? readCaption(picture.caption) : null;
    const said = own ? [own.caption.value, own.credit.value].filter(Boolean).join(' / ') : '';
    warnings.push({
      field: 'leadImage',
      message:
        `Picture ${i + 2} of ${pictures.length} (${placeOf(paragraphs, picture.index)}${said ? `; caption “${clip(said, 200)}”` : ''}) ` +
        'was not imported: an article’s body holds text only, so only the first picture comes in, as the lead image. Add it by hand where you need it.',
    });
  });
  return out;
}
