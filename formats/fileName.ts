/**
 * File names that are safe on Windows, macOS and Linux alike: no path separators or "..", no control
 * or reserved characters, no reserved Windows device names, no trailing dots or spaces, and a length
 * that leaves room for an extension and a " (2)" within common 255-byte limits.
 */
// Windows ignores spaces before the extension: "con .html" is the console device too.
const RESERVED_WINDOWS = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(\..*)?$/i;
/** Bidi overrides and invisible characters can make "evil.exe" display as something else. */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
export const MAX_BASE_NAME_BYTES = 120;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

export function safeBaseName(raw: string, fallback = 'article'): string {
  let name = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  // Cut by code points until the UTF-8 length fits, so a multi-byte character is never split.
  while (utf8Length(name) > MAX_BASE_NAME_BYTES) name = [...name].slice(0, -1).join('');
  name = name.replace(/[\s.]+$/, '');
  if (name === '' || RESERVED_WINDOWS.test(name)) name = name ? `${name}-file` : fallback;
  return name;
}

/** "name.ext", or "name (2).ext", "name (3).ext"… when `taken` says the name is in use. */
export function uniqueFileName(base: string, extension: string, taken: (name: string) => boolean): string {
  const first = `${base}.${extension}`;
  if (!taken(first)) return first;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${base} (${n}).${extension}`;
    if (!taken(candidate)) return candidate;
  }
  throw new Error(`No free file name for ${first}.`);
}
