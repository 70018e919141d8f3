import type { Element } from 'domhandler';
import { findElements, textOf } from '../../../core/html/domQuery';

/**
 * Lines and elements of page furniture that Readability keeps inside the story: labels left by ads and
 * share bars, widget credits, the page's own time-stamp line, and captions of pictures and videos (the
 * body holds no pictures, so their captions would read as stray sentences).
 */
const FURNITURE = [
  /^continue reading( the main story)?\.?$/i,
  /^(advertisement|advertising|anzeige|publicité|sponsored( content)?)$/i,
  /^(story|article) continues (below|after (this )?advertisement)\.?$/i,
  /^(skip|close) (ad|advert)$/i,
  /^share (this|on) .{0,30}$/i,
  /^(expand|show) (full story|more)$/i,
  /^(photo|video|image|gallery)( \d+ (of|\/) \d+)?$/i,
  /^\d+ \/ \d+$/,
  // A widget's credit line ("Powered by SmartAsset.com").
  /^powered by [\p{L}\p{N}.&' -]{1,40}$/iu,
  /^(printer[- ]friendly( version)?|print( this)?( article| page| story)?)$/i,
];

export function isFurnitureLine(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

// "First published February 1, 2016: 1:28 AM ET", "Updated 14:05 GMT, 3 March 2015", "Mis à jour le 5 mai 2015 à 10h12".
const STAMP_WORD =
  /\b(first published|published|submitted|updated|last updated|last modified|posted|mis à jour|publié|aktualisiert|veröffentlicht|atualizado|publicado|actualizado|aggiornato|pubblicato)\b/iu;
const YEAR = /\b(19|20)\d\d\b/;
const CLOCK = /\b\d{1,2}\s?[:.h]\s?\d{2}\b/;

/** A short line that says when the page was published or updated: the publish time is a field, not copy. */
export function isTimestampLine(text: string): boolean {
  if (text.length > 140 || text.split(/\s+/).length > 18) return false;
  return STAMP_WORD.test(text) && (YEAR.test(text) || CLOCK.test(text));
}

const HANDLE_OR_URL = /https?:\/\/\S+|(^|\s)@[\p{L}\p{N}_.]{2,}/gu;

/** "Follow us: Facebook https://fb.me/x, Twitter @x, LINE @x": lines of addresses and handles, few other words. */
export function isFollowUsBlock(text: string): boolean {
  const found = text.match(HANDLE_OR_URL) ?? [];
  if (found.length < 2) return false;
  return (
    text
      .replace(HANDLE_OR_URL, ' ')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 12
  );
}

const PICTURE_SET_CLASS = /(^|[\s_-])(gallery|slideshow|carousel)([\s_-]|$)/i;

/** A gallery, slideshow or carousel inside the story: pictures, their captions and page numbers, no copy. */
export function isPictureSet(el: Element): boolean {
  return PICTURE_SET_CLASS.test(el.attribs.class ?? '');
}

// A summary box over the story ("Story highlights" and its bullets) repeats the story; the standfirst is the summary.
const SUMMARY_LABEL = /^(story highlights|highlights|key points|key takeaways|in brief|what you need to know)\s*:?$/i;

export function isSummaryLabel(text: string): boolean {
  return SUMMARY_LABEL.test(text);
}

const CAPTION_CLASS = /(^|[\s_-])(caption|credit|photo-?credit|image-?credit|video-?caption)([\s_-]|$)/i;

const NO_CAPTION_CLASS = /(^|[\s_-])no[-_]?caption([\s_-]|$)/i;

/**
 * A caption or credit outside a <figure> (video players, inline graphics), told by its class: a short
 * leaf, never a container of the story's own headings, paragraphs or lists ("item no_caption" is not one).
 */
export function isCaptionElement(el: Element): boolean {
  const cls = el.attribs.class ?? '';
  if (!CAPTION_CLASS.test(cls) || NO_CAPTION_CLASS.test(cls)) return false;
  if (findElements(el.children, (c) => /^(p|h[1-6]|ul|ol|blockquote|table)$/.test(c.name), 1).length > 0) return false;
  return textOf(el).length <= 400;
}
