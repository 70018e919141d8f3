import { IMPORT_MAX_BYTES, ImportError } from '../core/import/importTypes';
import { decodePage } from './html/webPage/pageCharset';

/**
 * Turns a file's bytes into text, or refuses with a message the user can act on: too large, or not
 * text at all (a NUL byte or invalid UTF-8 means a binary file such as an image or a Word document).
 */
export function decodeImportBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new ImportError(
      'too_large',
      `“${fileName}” is ${(bytes.length / 1048576).toFixed(1)} MB; Copydesk imports files of up to ${IMPORT_MAX_BYTES / 1048576} MB. Split it or import the text alone.`,
    );
  }
  const html = /\.html?$/i.test(fileName);
  // A page saved as UTF-16 has NUL bytes in every other place; its byte-order mark says so.
  // Plain text saved as UTF-16 (Windows Notepad's "Unicode") announces itself the same way.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) throw binary(fileName);
  if (html) {
    // Web pages declare their encoding (windows-1252, ISO-8859-x, Shift_JIS…) and are decoded by it.
    const page = decodePage(bytes);
    if (page.text.trim() === '') throw new ImportError('empty', `“${fileName}” is empty. Choose a file with the article’s text.`);
    return page.text.replace(/^\uFEFF/, '');
  }
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary(fileName);
  }
  if (text.trim() === '') throw new ImportError('empty', `“${fileName}” is empty. Choose a file with the article’s text.`);
  return text.replace(/^\uFEFF/, '');
}

function binary(fileName: string): ImportError {
  return new ImportError(
    'binary',
    `“${fileName}” is not a text file. Copydesk imports plain text, Markdown, HTML and ninjs JSON; for a Word file, copy its text and use Paste as new article.`,
  );
}
