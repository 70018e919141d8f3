import { z } from 'zod';
import type { Article } from '../core/article/schema';
import {
  IMPORT_MAX_BYTES,
  type FieldSources,
  type ImportFormat,
  type ImportWarning,
  type RecognisedField,
} from '../core/import/importTypes';
import { channel, fileName, noInput } from './channel';

/** An imported article waiting for the user's review; nothing is saved until they confirm. */
export interface ImportDraft {
  fileName: string;
  format: ImportFormat;
  article: Article;
  warnings: ImportWarning[];
  recognised: RecognisedField[];
  /** Where each recognised field was read (JSON-LD, page metadata, page markup, text). */
  sources?: FieldSources;
  /** Caption and credit found for a picture that could not be attached. */
  image?: { caption: string; credit: string; alt: string };
}
export type ImportOutcome = { ok: true; draft: ImportDraft } | { ok: false; fileName: string; message: string };
/** A file the OS asked the app to open: an article already in the library, or one to import. */
export type OpenedFile = { kind: 'open'; id: string } | { kind: 'import'; outcome: ImportOutcome };

/** Import: files chosen in a dialog, pasted text, files the OS asked us to open. */
export const importChannels = {
  importFiles: channel<ImportOutcome[]>()(noInput),
  // selection: the text is the clipboard's text/html of a selection, read whole as the body.
  parseImport: channel<ImportOutcome>()(
    z.object({ fileName, text: z.string().max(IMPORT_MAX_BYTES), selection: z.boolean().optional() }).strict(),
  ),
  readClipboardText: channel<string>()(noInput),
  readClipboardHtml: channel<string>()(noInput),
  takeOpenedFiles: channel<OpenedFile[]>()(noInput),
} as const;
