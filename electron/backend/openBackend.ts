import { randomUUID } from 'node:crypto';
import { ArticleStore, type StoreOptions } from '../store/articleStore';
import { AssetStore } from '../store/assetStore';
import { ImportService } from '../import/importService';
import type { AppInfo } from '../ipc/contract';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type Invoke } from '../ipc/router';
import type { Platform } from './platform';
import { ExportJobs } from '../export/exportJobs';
import type { PdfPrinter } from '../export/pdfPrinter';
import { PreferencesStore } from '../store/preferences';

export interface Backend {
  store: ArticleStore;
  assets: AssetStore;
  exports: ExportJobs;
  invoke: Invoke;
  close(): Promise<void>;
}

export interface BackendOptions extends StoreOptions {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  platform: Platform;
  /** The preview stylesheet for HTML and PDF exports (hosts load it their own way). */
  stylesheet: string;
  pdf: PdfPrinter | null;
}

/**
 * The main process's whole backend, free of Electron: the store, its services and the IPC router on
 * top. Electron, the browser host, the CLI and the tests all build it the same way.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const store = await ArticleStore.open(options.dataDir, { now, newId });
  const assets = new AssetStore(store.layout.assets);
  const imports = new ImportService(assets, now, newId);
  const exports = new ExportJobs(store, assets, { stylesheet: options.stylesheet, pdf: options.pdf }, now);
  const preferences = await PreferencesStore.open(options.dataDir);
  const appInfo: AppInfo = { version: options.version, dataDir: options.dataDir, host: options.host, platform: process.platform };
  const invoke = createRouter(createHandlers({ store, assets, imports, exports, preferences, platform: options.platform, appInfo }));
  return { store, assets, exports, invoke, close: () => store.close() };
}
