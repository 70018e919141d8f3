import type { ImportContext } from '../core/import/importTypes';
import { decodeImportBytes } from './decodeImportBytes';
import { IMPORT_MAX_BYTES } from '../core/import/importTypes';
import { importDocx, type DocxImage } from './docx/docxImport';
import { importAny, type AnyImportResult } from './importAny';
import { withHouseQuotes } from './houseQuotes';
import { ImportError } from '../core/import/importTypes';

export type FileImportResult = AnyImportResult & { picture?: DocxImage };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
const isOle = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/**
 * A file from disk: Word documents (and anything that says it is one, or looks like a zip or an old
 * binary Word file) go to the Word importer with their bytes; everything else is decoded as text.
 */
export function importFileBytes(fileName: string, bytes: Uint8Array, context: ImportContext): FileImportResult {
  if (bytes.length > IMPORT_MAX_BYTES) decodeImportBytes(bytes, fileName);
  if (/\.(docx|doc|docm|dotx)$/i.test(fileName) || isZip(bytes) || isOle(bytes)) {
    if (bytes.length === 0) throw new ImportError('empty', `“${fileName}” is empty. Choose a file with the article’s text.`);
    const { image, ...result } = importDocx(bytes, fileName, context);
    return { ...withHouseQuotes({ ...result, format: 'docx' as const }), ...(image ? { picture: image } : {}) };
  }
  return importAny(fileName, decodeImportBytes(bytes, fileName), context);
}
