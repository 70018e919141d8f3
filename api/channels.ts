import type { ChannelName } from './contract';

/**
 * The channel names alone, without zod, for the sandboxed preload and the browser host's init script.
 * The router test checks that this list and the contract agree.
 */
export const CHANNEL_NAMES = [
  'searchArticles',
  'searchSnippets',
  'searchStatus',
  'listArticles',
  'getArticle',
  'createArticle',
  'saveArticle',
  'setArticleStatus',
  'listRevisions',
  'getRevision',
  'saveVersion',
  'restoreRevision',
  'getReadOnlyReason',
  'trashArticle',
  'restoreArticle',
  'deleteArticleForever',
  'listQuarantine',
  'pickLeadImage',
  'storeImage',
  'readAsset',
  'importFiles',
  'parseImport',
  'readClipboardText',
  'getExportPreferences',
  'chooseExportFolder',
  'startExport',
  'exportStatus',
  'cancelExport',
  'showExportedFile',
  'backUpLibrary',
  'restoreBackup',
  'showQuarantinedFile',
  'getAppInfo',
  'savesFlushed',
  'getSettings',
  'updateSettings',
  'openedArticle',
  'openDataFolder',
  'takeOpenedFiles',
] as const satisfies readonly ChannelName[];

export const ipcChannel = (name: string): string => `copydesk:${name}`;
export const MENU_EVENT = 'copydesk:menu-command';
