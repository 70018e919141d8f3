import type { ChannelName } from './contract';

/**
 * The channel names alone, without zod, for the sandboxed preload and the browser host's init script.
 * A `Record` over the contract's names: a channel added to (or dropped from) the contract fails to compile
 * until it is named here too, so the preload can never miss one.
 */
const CHANNELS: Readonly<Record<ChannelName, true>> = {
  searchArticles: true,
  searchSnippets: true,
  searchStatus: true,
  listArticles: true,
  getArticle: true,
  createArticle: true,
  saveArticle: true,
  setArticleStatus: true,
  listRevisions: true,
  getRevision: true,
  saveVersion: true,
  restoreRevision: true,
  getReadOnlyReason: true,
  trashArticle: true,
  restoreArticle: true,
  deleteArticleForever: true,
  listQuarantine: true,
  pickLeadImage: true,
  storeImage: true,
  readAsset: true,
  importFiles: true,
  parseImport: true,
  readClipboardText: true,
  readClipboardHtml: true,
  getExportPreferences: true,
  chooseExportFolder: true,
  startExport: true,
  exportStatus: true,
  cancelExport: true,
  showExportedFile: true,
  backUpLibrary: true,
  restoreBackup: true,
  showQuarantinedFile: true,
  getAppInfo: true,
  savesFlushed: true,
  getSettings: true,
  updateSettings: true,
  getHouseList: true,
  saveHouseList: true,
  openedArticle: true,
  openDataFolder: true,
  fileDialogCurrent: true,
  fileDialogList: true,
  fileDialogMakeFolder: true,
  fileDialogAnswer: true,
  takeOpenedFiles: true,
  prepareLibraryFind: true,
  findInLibrary: true,
  libraryFindProgress: true,
  cancelLibraryFind: true,
  replaceInLibrary: true,
};

export const CHANNEL_NAMES = Object.keys(CHANNELS) as ChannelName[];

export const ipcChannel = (name: string): string => `copydesk:${name}`;
export const MENU_EVENT = 'copydesk:menu-command';
