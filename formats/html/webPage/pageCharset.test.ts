import { describe, expect, it } from 'vitest';
import { decodePage } from './pageCharset';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('decodePage', () => {
  it('decodes windows-1252 declared in <meta charset>: curly quotes and accents', () => {
    const page = decodePage(bytes('<html><head><meta charset="windows-1252"></head><body><p>', [0x93], 'Caf', [0xe9], [0x94], '</p>'));
    expect(page).toMatchObject({ encoding: 'windows-1252', how: 'declared' });
    expect(page.text).toContain('“Café”');
  });

  it('decodes ISO-8859-2 declared the old way, in http-equiv Content-Type', () => {
    const page = decodePage(
      bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>', [0xb3, 0xb1, 0x6b, 0x61], '</p>'),
    );
    expect(page.encoding).toBe('iso-8859-2');
    expect(page.text).toContain('łąka');
  });

  it('decodes Shift_JIS', () => {
    const page = decodePage(bytes('<meta charset="Shift_JIS"><h1>', [0x93, 0xfa, 0x96, 0x7b], '</h1>'));
    expect(page.encoding).toBe('shift_jis');
    expect(page.text).toContain('日本');
  });

  it('reads UTF-8 when nothing is declared, and windows-1252 when that fails', () => {
    expect(decodePage(new TextEncoder().encode('<p>Zürich</p>'))).toMatchObject({ text: '<p>Zürich</p>', how: 'utf-8' });
    expect(decodePage(bytes('<p>Z', [0xfc], 'rich</p>'))).toMatchObject({ text: '<p>Zürich</p>', how: 'guessed' });
  });

  it('lets a byte-order mark win over a declaration, and ignores a label it does not know', () => {
    expect(decodePage(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', [0xc3, 0xa9], '</p>')).text).toContain('é');
    expect(decodePage(bytes('<meta charset="x-made-up"><p>ok</p>')).how).toBe('utf-8');
  });
});
