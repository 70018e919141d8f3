import { unzipSync } from 'fflate';
import { ImportError } from '../../core/import/importTypes';
import { findAll, parseXml } from './docxXml';

/** The parts of a Word package the importer reads, as text, and the media as bytes. */
export interface DocxPackage {
  part(path: string): string | null;
  bytes(path: string): Uint8Array | null;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
/** Parts larger than this (unpacked) are refused: a zip bomb is not a story. */
const MAX_UNPACKED = 200 * 1024 * 1024;

/**
 * Opens the zip, or says what the file really is: a password-protected .docx and an old binary .doc are
 * both OLE compound files, a renamed zip of something else has no word/document.xml.
 */
export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ImportError(
      'unsupported',
      /\.doc$/i.test(fileName)
        ? `“${fileName}” is an old binary Word document (.doc). Open it in Word or LibreOffice and save it as .docx, then import that.`
        : `“${fileName}” is password-protected or encrypted. Open it in Word, remove the password (File › Info › Protect Document), save, and import it again.`,
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b]))
    throw new ImportError(
      'unsupported',
      `“${fileName}” is not a Word document (it is not a .docx package). Save it from Word as .docx and try again.`,
    );
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED)
          throw new ImportError('too_large', `“${fileName}” unpacks to more than ${MAX_UNPACKED / 1048576} MB, which is not a story.`);
        return file.name.startsWith('word/') || file.name.startsWith('docProps/') || file.name === '[Content_Types].xml';
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'unsupported',
      `“${fileName}” is a damaged Word document: ${(error as Error).message}. Open it in Word and save it again.`,
    );
  }
  if (!files['word/document.xml'])
    throw new ImportError(
      'unsupported',
      `“${fileName}” is a zip file but not a Word document (it has no word/document.xml). Check that it is the right file.`,
    );
  const decoder = new TextDecoder('utf-8');
  return {
    part: (path) => (files[path] ? decoder.decode(files[path]) : null),
    bytes: (path) => files[path] ?? null,
  };
}

/** A part's relationship: where an r:id points (a picture inside the package, or an external link). */
export interface Relationship {
  target: string;
  external: boolean;
}

export function readRelationships(xml: string | null): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  for (const el of findAll(parseXml(xml), 'Relationship')) {
    const id = el.attribs.Id;
    if (id && el.attribs.Target) rels.set(id, { target: el.attribs.Target, external: el.attribs.TargetMode === 'External' });
  }
  return rels;
}
