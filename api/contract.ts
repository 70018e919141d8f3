import type { z } from 'zod';
import { COMMAND_IDS, type CommandId } from '../core/commands/registry';
import { appChannels } from './app';
import { checksChannels } from './checks';
import { articleChannels } from './article';
import { assetChannels } from './assets';
import { backupChannels } from './backup';
import type { Channel } from './channel';
import { exportChannels } from './export';
import { historyChannels } from './history';
import { importChannels } from './import';
import { libraryChannels } from './library';
import { fileChannels } from './files';
import { findChannels } from './find';
import { deskChannels } from './desk';

export type { AppInfo } from './app';
export type { SaveArticleOutput } from './article';
export { ArticleFieldsSchema } from './article';
export type { StoredImageInfo } from './assets';
export type { ExportPreferences } from './export';
export type { ImportDraft, ImportOutcome, OpenedFile } from './import';
export type { QuarantineInfo } from './library';
export type { DeskSettingsView, DeskStatusView, StoryReader } from './desk';

/**
 * Every channel between the renderer and the backend, composed from one file per domain. The renderer
 * imports only types from api/; the preload and the browser host build `window.copydesk` from
 * api/channels.ts, whose `Record<ChannelName, true>` fails to compile when a channel is added here and
 * not there, and the backend's handler map is typed over the same names.
 */
export const contract = {
  ...libraryChannels,
  ...articleChannels,
  ...historyChannels,
  ...assetChannels,
  ...importChannels,
  ...exportChannels,
  ...backupChannels,
  ...appChannels,
  ...checksChannels,
  ...fileChannels,
  ...findChannels,
  ...deskChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

export type IpcErrorCode = 'unknown_channel' | 'invalid_input' | 'internal' | (string & {});
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the main process sends to the renderer: the registry's, plus main's own quit signal. */
export const MENU_COMMANDS = [...COMMAND_IDS, 'flush-before-quit', 'files-opened', 'file-dialog', 'desk-notice'] as const;
/** `file-dialog`: the backend opened an in-app file dialog for the page to draw. */
/** `desk-notice`: the desk changed something; its argument says what (backend/desk/deskNotices.ts). */
export type MenuCommand = CommandId | 'flush-before-quit' | 'files-opened' | 'file-dialog' | 'desk-notice';

/** The API the preload (or the browser host) puts on `window.copydesk`. */
export type CopydeskApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<IpcResult<ChannelOutput<K>>>;
} & {
  /** `arg` carries the article id of File > Open Recent. */
  onMenuCommand(listener: (command: MenuCommand, arg?: string) => void): () => void;
};
