import { IMPORT_EXTENSIONS } from '../../formats/registry';
import type { Platform } from '../platform';
import type { ImportService } from '../import/importService';
import type { ArticleStore } from '../store/articleStore';
import type { AssetStore } from '../store/assetStore';
import type { ExportJobs } from '../export/exportJobs';
import type { PreferencesStore } from '../store/preferences';
import { createExportHandlers } from './exportHandlers';
import { createLibraryHandlers } from './backupHandlers';
import { createFileHandlers } from './fileHandlers';
import { createFindHandlers } from './findHandlers';
import type { LibraryFinder } from '../find/libraryFinder';
import { createDeskHandlers } from './deskHandlers';
import type { DeskService } from '../desk/deskService';
import type { InAppFileDialogs } from '../files/inAppFileDialogs';
import type { LibraryMaintenance } from '../backup/libraryMaintenance';
import type { FlushCoordinator } from '../flushCoordinator';
import type { SettingsStore } from '../store/settings';
import type { HouseListFile } from '../checks/houseListFile';
import type { OpenedFiles } from '../import/openedFiles';
import type { SearchService } from '../search/searchService';
import type { SaveResult } from '../store/storeOptions';
import type { Article } from '../../core/article/schema';
import type { AppInfo } from '../../api/contract';
import type { Handlers } from './router';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CopydeskError } from '../../core/errors';
import { importLabel } from '../../core/history/revisionMeta';
import { onChosenPath } from './fileErrors';
import { userInfo } from 'node:os';
import { effectiveIdentity } from '../../core/settings/settingsSchema';

export interface HandlerDeps {
  store: ArticleStore;
  assets: AssetStore;
  imports: ImportService;
  exports: ExportJobs;
  preferences: PreferencesStore;
  maintenance: LibraryMaintenance;
  flush: FlushCoordinator;
  settings: SettingsStore;
  houseList: HouseListFile;
  openedFiles: OpenedFiles;
  search: SearchService;
  /** Resolves once search has read the articles changed behind the app's back (openBackend). */
  searchCaughtUp: Promise<unknown>;
  finder: LibraryFinder;
  platform: Platform;
  /** The in-app file dialog, in hosts without native dialogs. */
  fileDialogs: InAppFileDialogs | null;
  appInfo: AppInfo;
  /** The desk session; with no desk set its hooks do nothing. */
  desk: DeskService;
}

const IMAGE_FILTER = { name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif'] };

/** The channel handlers: thin calls into the store and services; validation happened in the router. */
export function createHandlers({
  store,
  assets,
  imports,
  exports,
  preferences,
  settings,
  houseList,
  maintenance,
  flush,
  openedFiles,
  search,
  searchCaughtUp,
  finder,
  platform,
  appInfo,
  fileDialogs,
  desk,
}: HandlerDeps): Handlers {
  // Every change made here goes to the search worker (not awaited) and, for a shared article, into its
  // Y.Doc before the call answers (so it is logged for the desk).
  const indexed = async (article: Article) => {
    void search.upsert(article);
    await desk.saved(article);
    return article;
  };
  const indexedSave = async (result: SaveResult) => {
    void search.upsert(result.article);
    await desk.saved(result.article);
    return result;
  };
  return {
    ...createExportHandlers(exports, preferences, platform),
    ...createLibraryHandlers(maintenance, platform),
    ...createFileHandlers(fileDialogs),
    // A replace across the library goes into shared articles' Y.Docs too (not awaited by the replace; a failure is logged).
    ...createFindHandlers(store, finder, (article) => void indexed(article).catch((error: unknown) => console.error('[desk]', error))),
    ...createDeskHandlers(desk),
    // The first list waits for the open's background check of the article files (issue 16 item 4).
    listArticles: async ({ which, ids }) => {
      await store.verified;
      if (!ids) return store.list(which);
      // A few rows (a desk's projection changed them): picked out unsorted, not the whole list sorted first.
      const wanted = new Set(ids);
      return [...store.listUnsorted(which)].filter((e) => wanted.has(e.id));
    },
    searchArticles: async ({ query, limit, snippets }) => {
      await searchCaughtUp;
      return search.search(query, { limit, snippets });
    },
    searchSnippets: ({ query, ids }) => search.snippetsFor(query, ids),
    searchStatus: () => search.status(),
    getArticle: ({ id }) => store.get(id),
    // Every change that alters an article's text is sent to the search worker; the reply is not awaited.
    createArticle: async ({ fields, importedFrom }) =>
      indexed(await store.create(fields, importedFrom ? { revision: 'import', label: importLabel(importedFrom) } : {})),
    saveArticle: async ({ article }) => indexedSave(await store.save(article)),
    // The status alone goes into a shared article's Y.Doc: the file may lag a change that just arrived.
    setArticleStatus: async ({ id, status }) => {
      const result = await store.save({ ...(await store.get(id)), status });
      void search.upsert(result.article);
      await desk.changed(id, (current) => ({ ...current, status }));
      return result;
    },
    listRevisions: ({ id }) => store.listRevisions(id),
    getRevision: ({ id, revisionId }) => store.getRevision(id, revisionId),
    saveVersion: ({ id, label }) => store.saveVersion(id, label),
    restoreRevision: async ({ id, revisionId }) => indexedSave(await store.restoreRevision(id, revisionId)),
    getReadOnlyReason: ({ id }) => store.readOnlyReason(id),
    trashArticle: async ({ id }) => {
      const entry = await store.trash(id);
      void search.remove(id);
      await desk.trashed(id, true);
      await settings.forgetArticle(id);
      return entry;
    },
    restoreArticle: async ({ id }) => {
      const entry = await store.restore(id);
      void search.upsert(await store.get(id));
      await desk.trashed(id, false);
      return entry;
    },
    deleteArticleForever: async ({ id }) => {
      await store.deleteForever(id);
      await settings.forgetArticle(id);
      return null;
    },
    // Who you are defaults to the OS user name, so suggestions and comments are never anonymous.
    getSettings: () => {
      const current = settings.get();
      return { ...current, identity: effectiveIdentity(current, osUserName()) };
    },
    // Read again each time: the desk may have edited the file by hand since.
    getHouseList: () => houseList.reload(),
    saveHouseList: ({ source }) => houseList.save(source),
    takeOpenedFiles: () => openedFiles.take(store, imports),
    updateSettings: ({ patch }) => settings.update(patch),
    openedArticle: async ({ id }) => {
      await settings.openedArticle(id);
      return null;
    },
    openDataFolder: async () => {
      await platform.openPath(appInfo.dataDir);
      return null;
    },
    listQuarantine: async () => (await store.quarantined()).map(({ file, reason, quarantinedAt }) => ({ file, reason, quarantinedAt })),
    getAppInfo: () => appInfo,
    savesFlushed: () => {
      flush.flushed();
      return null;
    },
    showQuarantinedFile: async ({ file }) => {
      // Only names the store itself listed are accepted, so no path from the page reaches the shell.
      const known = (await store.quarantined()).find((q) => q.file === file);
      if (!known) throw new CopydeskError('not_found', 'That file is no longer in quarantine.');
      await platform.showItemInFolder(join(store.layout.quarantine, known.file));
      return null;
    },

    // Paths never come from the renderer: files are chosen in a native dialog here, in main.
    pickLeadImage: async () => {
      const [path] = await platform.openFiles({
        title: 'Choose the lead image',
        filters: [IMAGE_FILTER],
        multiple: false,
        acceptLabel: 'Use this picture',
      });
      return path ? onChosenPath(path, async () => assets.storeImage(await readFile(path), basename(path))) : null;
    },
    storeImage: ({ fileName, dataBase64 }) => assets.storeImage(Buffer.from(dataBase64, 'base64'), fileName),
    readAsset: async ({ asset }) => {
      const { bytes, mimeType } = await assets.read(asset);
      return { mimeType, dataBase64: bytes.toString('base64') };
    },
    importFiles: async () => {
      const paths = await platform.openFiles({
        title: 'Import articles',
        filters: [{ name: 'Articles (text, Markdown, HTML, ninjs, Copydesk)', extensions: [...IMPORT_EXTENSIONS] }],
        multiple: true,
        acceptLabel: 'Import',
      });
      return imports.fromPaths(paths);
    },
    parseImport: ({ fileName, text, selection }) => imports.fromText(fileName, text, { selection: selection === true }),
    readClipboardText: () => platform.readClipboardText(),
    readClipboardHtml: () => platform.readClipboardHtml(),
  };
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
