import { isSafeLinkUrl } from './safeUrl';

/**
 * The href a pasted or imported link keeps, or null when the link should become plain text: unsafe
 * schemes, protocol-relative and in-page (#) links. Redirect wrappers that Google Docs and Outlook add
 * are unwrapped to the real address, and campaign tracking parameters are stripped, because they are the
 * source page's analytics and not part of the story.
 */
export function cleanLinkHref(raw: string): string | null {
  // Browsers drop tabs and newlines anywhere in a URL; Word wraps long hrefs across lines.
  const href = raw.replace(/[\t\n\r]/g, '').trim();
  if (href === '' || href.startsWith('#') || !isSafeLinkUrl(href)) return null;
  const cleaned = stripTracking(unwrapRedirect(href));
  // Longer than the article schema stores: the words stay, as plain text, and the import goes on (see importAny's warning).
  return cleaned.length > LINK_HREF_MAX_CHARS ? null : cleaned;
}

/** The longest link target an article stores (the body schema's limit on attribute strings). */
export const LINK_HREF_MAX_CHARS = 4000;

const REDIRECTS: Array<[RegExp, string]> = [
  [/^https?:\/\/(www\.)?google\.[a-z.]{2,6}\/url\?/i, 'q'],
  [/^https:\/\/[a-z0-9-]+\.safelinks\.protection\.outlook\.com\/\?/i, 'url'],
];

function unwrapRedirect(href: string): string {
  for (const [pattern, param] of REDIRECTS) {
    if (!pattern.test(href)) continue;
    const target = queryParam(href, param);
    if (target && /^https?:\/\//i.test(target) && isSafeLinkUrl(target)) return target;
  }
  return href;
}

const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$/;

/** Works on the string rather than through URL, which would re-encode and re-shape an otherwise untouched href. */
export function stripTracking(href: string): string {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return href;
  const params = beforeHash.slice(queryAt + 1).split('&');
  const kept = params.filter((p) => !TRACKING.test(decodePart(p.split('=')[0] ?? '').toLowerCase()));
  if (kept.length === params.length) return href;
  const query = kept.filter((p) => p !== '').join('&');
  return beforeHash.slice(0, queryAt) + (query ? `?${query}` : '') + hash;
}

function queryParam(href: string, name: string): string | null {
  const query = href.slice(href.indexOf('?') + 1).split('#')[0] ?? '';
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && decodePart(part.slice(0, eq)) === name) return decodePart(part.slice(eq + 1));
  }
  return null;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}
