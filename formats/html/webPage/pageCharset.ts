/**
 * Decodes a saved web page's bytes the way a browser would: a byte-order mark first, then the charset
 * the page declares in a <meta> near its top (windows-1252, ISO-8859-x, Shift_JIS, EUC-KR, GBK…), then
 * UTF-8, and for undeclared legacy pages that are not valid UTF-8, windows-1252, the web's default.
 */
export interface DecodedPage {
  text: string;
  /** The encoding used, by its WHATWG name ("utf-8", "windows-1252", "shift_jis"). */
  encoding: string;
  /** How the encoding was chosen, for the review dialog. */
  how: 'bom' | 'declared' | 'utf-8' | 'guessed';
}

// The HTML standard's prescan reads the first 1024 bytes; saved pages often put a long comment or
// a script first, so a little more is read.
const PRESCAN_BYTES = 4096;

export function decodePage(bytes: Uint8Array): DecodedPage {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, how: 'bom' };
  const declared = declaredCharset(bytes);
  if (declared) {
    const decoder = decoderFor(declared);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding, how: 'declared' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252', how: 'guessed' };
  }
}

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset of <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads right whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=/i.test(attrs.slice(0, direct.index))) return direct[1]!.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const inContent = /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(attrs);
      if (inContent) return inContent[1]!.toLowerCase();
    }
  }
  return null;
}

interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

function decoderFor(label: string): Decoder | null {
  // A page saved by a browser is re-encoded as UTF-8 but may keep a UTF-16 declaration; the standard
  // says to read that as UTF-8.
  const fixed = /^utf-?16/.test(label) ? 'utf-8' : label;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(fixed);
  } catch {
    return null;
  }
  return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
}

// Node 20's TextDecoder reads windows-1252 (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1:
// bytes 0x80-0x9F come out as control characters instead of curly quotes, dashes and the euro sign.
// Those 32 bytes are mapped here, as the WHATWG Encoding Standard does.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const windows1252: Decoder = {
  encoding: 'windows-1252',
  decode(bytes) {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  },
};
