import { ImportError, type ImportContext, type ImportFormat, type ImportResult } from '../core/import/importTypes';
import { importCopydeskJson } from './copydesk/copydeskImport';
import { importHtml } from './html/htmlImport';
import { importMarkdown } from './markdown/markdownImport';
import { importNinjs } from './ninjs/ninjsImport';
import { parsePastedText } from './pastedText/parsePastedText';

export type Importer = (text: string, context: ImportContext) => ImportResult;

/** Each import format's code, keyed by the ids of formats/registry.ts: a new id does not compile without one. */
export const IMPORTERS: Readonly<Record<ImportFormat, Importer>> = {
  text: parsePastedText,
  markdown: importMarkdown,
  html: importHtml,
  ninjs: importNinjs,
  copydesk: importCopydeskJson,
  // A Word document is a zip package: formats/importFile.ts reads it from its bytes (importDocx).
  docx: () => {
    throw new ImportError('binary', 'A Word document cannot be read as text; import the .docx file itself (File › Import).');
  },
};
