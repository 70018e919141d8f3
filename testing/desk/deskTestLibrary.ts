import { AssetStore } from '../../backend/store/assetStore';
import { DeskNotices } from '../../backend/desk/deskNotices';
import { DeskService } from '../../backend/desk/deskService';
import { FileTokenVault } from '../../backend/desk/deskSettings';
import { ArticleStore } from '../../backend/store/articleStore';
import { makeTempDataDir } from '../tempDataDir';

export interface DeskTestLibrary {
  dir: string;
  store: ArticleStore;
  assets: AssetStore;
  service: DeskService;
  /** Every notice the desk service gave, in order. */
  notices: string[];
}

/**
 * A library of its own in a temp folder with a desk service over it, as a client of the desk tests (not yet
 * pointed at a desk: each test saves its own settings). Its closing goes onto `cleanups`: service, store, folder.
 */
export async function openDeskTestLibrary(prefix: string, cleanups: Array<() => Promise<void>>): Promise<DeskTestLibrary> {
  const { dir, cleanup } = await makeTempDataDir(prefix);
  const store = await ArticleStore.open(dir);
  const assets = new AssetStore(store.layout.assets);
  const hub = new DeskNotices(1);
  const notices: string[] = [];
  hub.subscribe((n) => notices.push(n));
  const service = new DeskService(store, assets, dir, FileTokenVault.inDataDir(dir), hub, () => undefined);
  cleanups.push(async () => {
    await service.close();
    await store.close();
    await cleanup();
  });
  return { dir, store, assets, service, notices };
}
