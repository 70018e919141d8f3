import { FIELD_LIMITS, type RelatedLink } from '../../core/article/schema';
import { safeLinkUrl } from '../../core/html/safeUrl';
import type { ImportedImageReference, ImportWarning } from '../../core/import/importTypes';
import type { NinjsAssociation, NinjsRendition, NinjsText } from './ninjsInput';
import { articleIdFromUri, ROLE, STANDFIRST_ROLES } from './ninjsMapping';

/** How a ninjs item's associations become the lead image and the related stories. */

const VISUAL = new Set(['picture', 'graphic']);
const NOT_A_STORY = new Set(['picture', 'graphic', 'video', 'audio']);
/** Superdesk and the agencies that use it name the lead picture "featuremedia"; we name it "leadImage". */
const LEAD_NAMES = new Set([ROLE.leadImage.toLowerCase(), 'featuremedia', 'featureimage']);
const FULL_SIZE_RENDITIONS = new Set(['original', 'baseimage', 'highres', 'hires']);

const oneLine = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const byRole = (texts: NinjsText[], roles: string[]): string | undefined =>
  texts.find((t) => t.role !== undefined && roles.includes(t.role.toLowerCase()))?.value;

function clip(field: string, value: string, max: number, warnings: ImportWarning[]): string {
  if (value.length <= max) return value;
  warnings.push({ field, message: `Shortened to ${max} characters; the item had ${value.length}.` });
  return value.slice(0, max).trimEnd();
}

/**
 * The lead image is the picture named as the lead, else the first picture. Only its address, caption,
 * credit and alt text come across: the store fetches and keeps the bytes.
 */
export function leadImage(associations: NinjsAssociation[], warnings: ImportWarning[]): ImportedImageReference | undefined {
  const pictures = associations.filter((a) => a.type !== undefined && VISUAL.has(a.type.toLowerCase()));
  const picture = pictures.find((p) => LEAD_NAMES.has((p.name ?? '').toLowerCase())) ?? pictures[0];
  if (!picture) return undefined;
  const caption = oneLine(
    byRole(picture.descriptions, [ROLE.caption]) ??
      picture.descriptions.find((d) => d.role === undefined || STANDFIRST_ROLES.has(d.role.toLowerCase()))?.value ??
      picture.headlines[0]?.value,
  );
  const credit = oneLine(picture.by ?? picture.copyrightHolder ?? picture.infoSources.find((s) => s.name)?.name);
  const alt = oneLine(byRole(picture.descriptions, [ROLE.alt, 'alttext', 'alternative']));
  const href = bestHref(picture.renditions, FULL_SIZE_RENDITIONS);
  if (!href) {
    const kept = caption ? ` Its caption reads: "${caption}"` : '';
    warnings.push({ field: 'leadImage', message: `The item has a picture but no address to fetch it from; add the image by hand.${kept}` });
    return undefined;
  }
  if (pictures.length > 1) {
    warnings.push({
      field: 'leadImage',
      message: `The item has ${pictures.length} pictures; the ${picture.name ?? 'first'} one became the lead image.`,
    });
  }
  return {
    href,
    caption: clip('caption', caption, FIELD_LIMITS.caption, warnings),
    credit: clip('credit', credit, FIELD_LIMITS.credit, warnings),
    alt: clip('leadImage', alt, FIELD_LIMITS.alt, warnings),
  };
}

/** A named full-size rendition if there is one, else the widest. */
function bestHref(renditions: NinjsRendition[], preferred: Set<string>): string | undefined {
  const withHref = renditions.filter((r) => r.href !== undefined && r.href.trim() !== '');
  const named = withHref.find((r) => preferred.has((r.name ?? '').toLowerCase()));
  const widest = [...withHref].sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0];
  return (named ?? widest)?.href?.trim();
}

/**
 * Any associated text item with a headline and somewhere to point becomes a related story: a web
 * address from its renditions (or a web uri), or a library article when the uri names one.
 */
export function relatedLinks(associations: NinjsAssociation[], warnings: ImportWarning[]): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const a of associations) {
    if (a.type !== undefined && NOT_A_STORY.has(a.type.toLowerCase())) continue;
    const title = oneLine((a.headlines.find((h) => h.role === ROLE.mainHeadline) ?? a.headlines[0])?.value);
    const webUri = a.uri && /^https?:\/\//i.test(a.uri) ? a.uri : undefined;
    const url = safeLinkUrl(bestHref(a.renditions, new Set(['web'])) ?? webUri);
    const articleId = a.uri ? articleIdFromUri(a.uri) : null;
    const label = a.name ?? a.uri ?? 'an associated item';
    if (!title || (!url && !articleId)) {
      warnings.push({ field: 'related', message: `Left out ${label}: a related story needs a headline and a link.` });
      continue;
    }
    if (url && url.length > FIELD_LIMITS.url) {
      warnings.push({ field: 'related', message: `Left out ${label}: its address is longer than ${FIELD_LIMITS.url} characters.` });
      continue;
    }
    const outlet = oneLine(a.infoSources.find((s) => s.name)?.name);
    links.push({
      title: clip('related', title, FIELD_LIMITS.headline, warnings),
      ...(url ? { url } : {}),
      ...(articleId ? { articleId } : {}),
      ...(outlet ? { outlet: clip('related', outlet, FIELD_LIMITS.section, warnings) } : {}),
    });
  }
  if (links.length > FIELD_LIMITS.related) {
    warnings.push({ field: 'related', message: `Kept the first ${FIELD_LIMITS.related} of ${links.length} related stories.` });
  }
  return links.slice(0, FIELD_LIMITS.related);
}
