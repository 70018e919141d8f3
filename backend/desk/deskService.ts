import type { Article } from '../../core/article/schema';
import type { ArticleStore } from '../store/articleStore';
import type { DeskConfig } from './deskConfig';
import { DeskSettingsStore, type TokenVault } from './deskSettings';
import { DeskSync } from './deskSync';
import { DeskNotices } from './deskNotices';
import type { DeskStatusView } from '../../api/desk';

/**
 * The app's desk session: starts and stops a live `DeskSync` from Settings → Desk, reports its state
 * to the status bar, and routes changes made here into it. With no desk set nothing here runs, and
 * every store call goes on exactly as before.
 *
 * Starting shares the library (every live article is written into its Y.Doc, which takes a while for a
 * large one): saves made meanwhile are noted and written in once it is ready, so none is missed.
 */
export class DeskService {
  readonly settings: DeskSettingsStore;
  private sync: DeskSync | null = null;
  private starting: Promise<void> | null = null;
  private startProblem: string | null = null;
  private readonly savedWhileStarting = new Set<string>();
  private offSync: Array<() => void> = [];

  constructor(
    private readonly store: ArticleStore,
    dataDir: string,
    vault: TokenVault,
    readonly notices: DeskNotices,
    private readonly onProjected: (article: Article) => void,
  ) {
    this.settings = new DeskSettingsStore(dataDir, vault);
  }

  /** Connects at start when Settings → Desk says so; never throws (a desk problem must not stop the app). */
  async resume(): Promise<void> {
    const saved = await this.settings.read().catch(() => null);
    if (saved?.connect) this.start();
  }

  /** The live sync, once it has shared the library; null with no desk (or while starting fails). */
  async live(): Promise<DeskSync | null> {
    if (this.starting) await this.starting;
    return this.sync;
  }

  start(): void {
    if (this.sync || this.starting) return;
    this.startProblem = null;
    this.starting = (async () => {
      const config: DeskConfig | null = await this.settings.load();
      if (!config) throw new Error('No desk is set: enter its address and your token in Settings → Desk.');
      const sync = await DeskSync.open(this.store, config);
      for (const id of this.savedWhileStarting) {
        if (this.store.list('live').some((e) => e.id === id)) await sync.pushLocal(await this.store.get(id));
        else if (this.store.list('trash').some((e) => e.id === id)) await sync.markTrashed(id, true);
      }
      this.savedWhileStarting.clear();
      this.offSync = [
        sync.onChange(() => this.notices.post('status')),
        sync.onRemote((id) => this.notices.post(id)),
        sync.onProjected((article) => {
          this.onProjected(article);
          this.notices.post('library');
        }),
      ];
      sync.connect();
      this.sync = sync;
    })()
      .catch((error: unknown) => {
        this.startProblem = (error as Error).message;
      })
      .finally(() => {
        this.starting = null;
        // The open editor binds to its article's Y.Doc now (or stays as it was, if starting failed).
        this.notices.post('desk');
        this.notices.post('status');
      });
    this.notices.post('status');
  }

  async stop(): Promise<void> {
    if (this.starting) await this.starting;
    const sync = this.sync;
    this.sync = null;
    for (const off of this.offSync.splice(0)) off();
    if (sync) await sync.close();
    this.notices.post('desk');
    this.notices.post('status');
  }

  async status(): Promise<DeskStatusView> {
    const saved = await this.settings.read().catch(() => null);
    const base = { configured: saved !== null, url: saved?.url ?? '', name: saved?.name ?? '' };
    if (this.starting) return { ...base, state: 'starting', syncing: true, waiting: 0, articles: 0, problems: [] };
    if (!this.sync)
      return { ...base, state: 'off', syncing: false, waiting: 0, articles: 0, problems: this.startProblem ? [this.startProblem] : [] };
    const s = this.sync.status();
    return {
      ...base,
      state: s.online ? 'online' : 'offline',
      syncing: s.syncing,
      waiting: s.waiting,
      articles: s.articles,
      problems: s.problems,
    };
  }

  /** A save made outside a bound editor (an import, a history restore, an unbound editor): into the Y.Doc. */
  async saved(article: Article): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(article.id);
    else if (this.sync) await this.sync.pushLocal(article);
  }

  /** A change to part of an article (its status): applied to what its Y.Doc holds now. */
  async changed(id: string, edit: (current: Article) => Article): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(id);
    else if (this.sync) await this.sync.change(id, edit);
  }

  async trashed(id: string, trashed: boolean): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(id);
    else if (this.sync) await this.sync.markTrashed(id, trashed);
  }

  async close(): Promise<void> {
    await this.stop();
  }
}
