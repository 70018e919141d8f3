/**
 * Identifies an image by its bytes (never its file name) and reads its pixel size from the header, so
 * a renamed executable or a decompression bomb is refused before anything decodes it.
 */
export type ImageType = 'jpg' | 'png' | 'webp' | 'gif';

export const IMAGE_MIME: Record<ImageType, 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif'> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export const IMAGE_LIMITS = {
  maxBytes: 25 * 1024 * 1024,
  maxPixels: 100_000_000,
} as const;

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const ascii = (b: Uint8Array, start: number, length: number) => String.fromCharCode(...b.subarray(start, start + length));

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 8 && ascii(bytes, 1, 3) === 'PNG' && bytes[0] === 0x89) return 'png';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return null;
}

/** Reads type and dimensions; null when the bytes are not a JPEG, PNG, WebP or GIF we can measure. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const type = sniffImageType(bytes);
  if (!type) return null;
  const size = type === 'png' ? pngSize(bytes) : type === 'gif' ? gifSize(bytes) : type === 'webp' ? webpSize(bytes) : jpegSize(bytes);
  return size ? { type, ...size } : null;
}

type Size = { width: number; height: number } | null;

function pngSize(b: Uint8Array): Size {
  return b.length >= 24 && ascii(b, 12, 4) === 'IHDR' ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
}

function gifSize(b: Uint8Array): Size {
  return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null;
}

function webpSize(b: Uint8Array): Size {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L') {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  return null;
}

/** Walks JPEG segments to the first start-of-frame marker, which carries the size. */
function jpegSize(b: Uint8Array): Size {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    i += 2 + length;
  }
  return null;
}

/** Why an image is refused, in words the user can act on; null when it is fine. */
export function imageProblem(bytes: Uint8Array, fileName: string): string | null {
  if (bytes.length === 0) return `“${fileName}” is empty.`;
  if (bytes.length > IMAGE_LIMITS.maxBytes) {
    return `“${fileName}” is ${(bytes.length / 1048576).toFixed(1)} MB; images can be at most ${IMAGE_LIMITS.maxBytes / 1048576} MB. Export a smaller copy and try again.`;
  }
  const info = readImageInfo(bytes);
  if (!info) return `“${fileName}” is not a JPEG, PNG, WebP or GIF image. Save it in one of those formats and try again.`;
  if (info.width === 0 || info.height === 0) return `“${fileName}” has no pixels; the file may be damaged.`;
  if (info.width * info.height > IMAGE_LIMITS.maxPixels) {
    return `“${fileName}” is ${info.width} × ${info.height} pixels; images can have at most ${IMAGE_LIMITS.maxPixels / 1_000_000} megapixels. Resize it and try again.`;
  }
  return null;
}
