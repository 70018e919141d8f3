import { describe, expect, it } from 'vitest';
import { imageProblem, readImageInfo, sniffImageType, IMAGE_LIMITS } from './imageInfo';

const png = (w: number, h: number) => {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  return b;
};
const gif = (w: number, h: number) =>
  new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)).concat([w & 255, w >> 8, h & 255, h >> 8, 0, 0, 0]));
const jpeg = (w: number, h: number) =>
  new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0,
    16,
    ...new Array(14).fill(0),
    0xff,
    0xc0,
    0,
    17,
    8,
    h >> 8,
    h & 255,
    w >> 8,
    w & 255,
    3,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
const webpX = (w: number, h: number) => {
  const b = new Uint8Array(30);
  b.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  );
  b.set(
    [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
    8,
  );
  b.set([(w - 1) & 255, ((w - 1) >> 8) & 255, 0, (h - 1) & 255, ((h - 1) >> 8) & 255, 0], 24);
  return b;
};

describe('readImageInfo', () => {
  it.each([
    ['png', png(1200, 675), { type: 'png', width: 1200, height: 675 }],
    ['gif', gif(320, 200), { type: 'gif', width: 320, height: 200 }],
    ['jpeg', jpeg(1024, 768), { type: 'jpg', width: 1024, height: 768 }],
    ['webp', webpX(800, 600), { type: 'webp', width: 800, height: 600 }],
  ])('reads %s headers', (_name, bytes, info) => expect(readImageInfo(bytes)).toEqual(info));

  it('ignores the file name: text is not an image', () => {
    expect(sniffImageType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toBeNull();
  });
});

describe('imageProblem', () => {
  it('accepts an ordinary photo', () => expect(imageProblem(jpeg(2048, 1365), 'a.jpg')).toBeNull());
  it('names an unsupported format and what to do', () =>
    expect(imageProblem(new TextEncoder().encode('%PDF-1.7'), 'scan.pdf')).toMatch(
      /“scan.pdf” is not a JPEG, PNG, WebP or GIF image\. Save it/,
    ));
  it('refuses an empty file', () => expect(imageProblem(new Uint8Array(), 'x.png')).toMatch(/empty/));
  it('refuses a decompression bomb by its header', () => expect(imageProblem(png(50_000, 50_000), 'bomb.png')).toMatch(/megapixels/));
  it('refuses a file over the size cap', () => {
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    big.set(png(10, 10));
    expect(imageProblem(big, 'big.png')).toMatch(/at most 25 MB/);
  });
});
