import { randomUUID } from 'node:crypto';
import { ArticleStore } from './store/articleStore';
import type { StoreOptions } from './store/storeOptions';
import type { LibraryLock } from './store/libraryLock';
import { AssetStore } from './store/assetStore';
import { ImportService } from './import/importService';
import type { AppInfo } from '../api/contract';
import { createHandlers } from './ipc/handlers';
import type { InAppFileDialogs } from './files/inAppFileDialogs';
import { createRouter, type Invoke } from './ipc/router';
import type { Platform } from './platform';
import { ExportJobs } from './export/exportJobs';
import type { PdfPrinter } from '../formats/pdf/pdfPrinter';
import { PreferencesStore } from './store/preferences';
import { backUpTo, restoreInto } from './backup/backupService';
import { FlushCoordinator } from './flushCoordinator';
import { SettingsStore } from './store/settings';
import { HouseListFile } from './checks/houseListFile';
import { OpenedFiles } from './import/openedFiles';
import { SearchService } from './search/searchService';
import { LibraryFinder } from './find/libraryFinder';
import type { LibraryMaintenance } from './backup/libraryMaintenance';
import { DeskService } from './desk/deskService';
import { DeskNotices } from './desk/deskNotices';
import { FileTokenVault, type TokenVault } from './desk/deskSettings';

export interface Backend {
  readonly store: ArticleStore;
  readonly assets: AssetStore;
  readonly exports: ExportJobs;
  invoke: Invoke;
  /** Main waits on this for the window to save before quitting. */
  readonly flush: FlushCoordinator;
  readonly settings: SettingsStore;
  /** Files the OS asked the app to open, waiting for the window. */
  readonly openedFiles: OpenedFiles;
  /** The desk's notices for the window (hosts forward them as the `desk-notice` command). */
  onDeskNotice(listener: (notice: string) => void): () => void;
  close(): Promise<void>;
}

export interface BackendOptions extends StoreOptions {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  platform: Platform;
  /** The in-app file dialog, for hosts without native dialogs (the browser host). */
  fileDialogs?: InAppFileDialogs | null;
  /** The preview stylesheet for HTML and PDF exports (hosts load it their own way). */
  stylesheet: string;
  pdf: PdfPrinter | null;
  /** Where the desk token is kept: Electron's safeStorage; by default a 0600 file in the data folder. */
  tokenVault?: TokenVault;
}

/** Backing up and restoring act on the library as a whole, so they live above one open session. */
interface Session {
  store: ArticleStore;
  search: SearchService;
  finder: LibraryFinder;
  assets: AssetStore;
  exports: ExportJobs;
  desk: DeskService;
  invoke: Invoke;
}

/**
 * The main process's whole backend, free of Electron: the store, its services and the IPC router on
 * top. Electron, the browser host, the CLI and the tests all build it the same way. A restore from
 * backup swaps the library underneath, so the router always goes through the current session.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const flush = new FlushCoordinator();
  const openedFiles = new OpenedFiles();
  const deskNotices = new DeskNotices();
  const tokenVault = options.tokenVault ?? FileTokenVault.inDataDir(options.dataDir);
  // Settings belong to the app more than to one library session, so they outlive a restore.
  const settings = await SettingsStore.open(options.dataDir, { now });
  const appInfo: AppInfo = {
    version: options.version,
    dataDir: options.dataDir,
    host: options.host,
    platform: process.platform,
    settingsRecovery: settings.recovery,
  };

  const maintenance: LibraryMaintenance = {
    backUp: (folder) => backUpTo(options.dataDir, folder, options.version, now()),
    async restore(backupFile) {
      // The lock is held from close to reopen, as the CLI holds it: no other writer can slip in between.
      await session.desk.close();
      const lock = await session.store.closeKeepingLock();
      await session.search.close();
      session.finder.close();
      try {
        return await restoreInto(options.dataDir, backupFile, now(), lock);
      } finally {
        // Reopen whatever is now at dataDir: the restored library, or the untouched one if the restore failed.
        session = await openSession(lock);
      }
    },
  };

  async function openSession(heldLock: LibraryLock | null = null): Promise<Session> {
    // One writer: the app holds the library lock; a running CLI command gets a few seconds to finish.
    const store = await ArticleStore.open(options.dataDir, {
      now,
      newId,
      lock: options.lock ?? 'app',
      lockWait: options.lockWait ?? { wait: true, timeoutMs: 10_000 },
      heldLock,
      verify: 'background',
    });
    if (store.lockTakenOver) console.warn(`[store] ${store.lockTakenOver}`);
    const assets = new AssetStore(store.layout.assets);
    const imports = new ImportService(assets, now, newId);
    const exports = new ExportJobs(store, assets, { stylesheet: options.stylesheet, pdf: options.pdf }, now);
    const preferences = await PreferencesStore.open(options.dataDir);
    // The search worker loads its saved index or builds one; the main thread never waits for it.
    const search = SearchService.open({ dataDir: options.dataDir, source: store });
    // Its list is the store's at open; the files the open's background check reads again (changed behind
    // the app's back) it reads again too. The first search waits for that, as the first list waits for the check.
    const searchCaughtUp = store.verified
      .then((ids) => search.refresh(ids))
      .catch((error: unknown) => console.error('[search] reading the changed articles again failed:', error));
    const houseList = new HouseListFile(options.dataDir);
    // Library-wide find runs in a worker thread of its own, started on the first search.
    const finder = new LibraryFinder({ dataDir: options.dataDir, live: () => store.list('live') });
    // A change from the desk lands in the file through the store; search follows it like any save.
    const desk = new DeskService(store, assets, options.dataDir, tokenVault, deskNotices, (article) => void search.upsert(article));
    const invoke = createRouter(
      createHandlers({
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
        platform: options.platform,
        appInfo,
        fileDialogs: options.fileDialogs ?? null,
        desk,
      }),
    );
    await desk.resume();
    return { store, search, finder, assets, exports, desk, invoke };
  }

  let session = await openSession();
  async function closeSession(closing: Session) {
    await closing.desk.close();
    await closing.store.close();
    await closing.search.close();
    closing.finder.close();
  }
  return {
    get store() {
      return session.store;
    },
    get assets() {
      return session.assets;
    },
    get exports() {
      return session.exports;
    },
    invoke: (channel, input) => session.invoke(channel, input),
    flush,
    settings,
    openedFiles,
    onDeskNotice: (listener) => deskNotices.subscribe(listener),
    async close() {
      await settings.flush();
      await closeSession(session);
      deskNotices.close();
    },
  };
}
