import { ArticleStore, type StoreOptions } from '../store/articleStore';
import type { AppInfo } from '../ipc/contract';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type Invoke } from '../ipc/router';

export interface Backend {
  store: ArticleStore;
  invoke: Invoke;
  close(): Promise<void>;
}

export interface BackendOptions extends StoreOptions {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
}

/**
 * The main process's whole backend, free of Electron: the store and the IPC router on top of it. Electron,
 * the browser host and the tests all build it the same way.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const store = await ArticleStore.open(options.dataDir, options);
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, host: options.host, platform: process.platform };
  const invoke = createRouter(createHandlers(store, info));
  return { store, invoke, close: () => store.close() };
}
