import { z } from 'zod';
import { channel } from './channel';
import type { FileDialogRequest, FolderListing } from './fileDialogTypes';

/**
 * The `files` domain: the in-app file dialog (hosts without native dialogs). Every call names the open
 * dialog, so the page can browse only while a dialog the backend opened is showing.
 */
const dialogId = z.uuid();
const path = z.string().min(1).max(4096);

export const fileChannels = {
  fileDialogCurrent: channel<FileDialogRequest | null>()(z.object({}).strict()),
  fileDialogList: channel<FolderListing>()(z.object({ dialogId, path: path.optional() }).strict()),
  fileDialogMakeFolder: channel<FolderListing>()(z.object({ dialogId, parent: path, name: z.string().max(255) }).strict()),
  /** The chosen paths; an empty list is Cancel. */
  fileDialogAnswer: channel<null>()(z.object({ dialogId, paths: z.array(path).max(1_000) }).strict()),
} as const;
