/**
 * The one URL scheme check. Links may point to the web or to e-mail; images may also be inline data
 * images. Anything else (javascript:, vbscript:, file:, data: for links) is refused.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

function parseScheme(url: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() + ':' : null;
}

export function isSafeLinkUrl(url: string): boolean {
  const scheme = parseScheme(url.trim());
  if (scheme === null) return url.trim() !== '' && !isProtocolRelative(url); // relative links are inert
  return LINK_SCHEMES.has(scheme);
}

/**
 * "//evil.test", and the spellings browsers read the same way: backslashes for slashes ("/\evil",
 * "\\evil") and control characters or whitespace between the slashes, which URL parsing drops.
 */
function isProtocolRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/');
  return cleaned.startsWith('//');
}

export function isSafeImageUrl(url: string): boolean {
  const trimmed = url.trim();
  if (DATA_IMAGE.test(trimmed)) return true;
  const scheme = parseScheme(trimmed);
  return scheme === 'http:' || scheme === 'https:';
}

/** Returns the URL when it is safe for a link, otherwise null. */
export function safeLinkUrl(url: unknown): string | null {
  return typeof url === 'string' && isSafeLinkUrl(url) ? url.trim() : null;
}
