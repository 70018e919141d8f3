import type { Article } from '../../core/article/schema';
import type { ArticleStore } from '../store/articleStore';
import type { DeskConfig } from './deskConfig';
import { DeskSettingsStore, type TokenVault } from './deskSettings';
import { DeskSync } from './deskSync';
import { DeskNotices } from './deskNotices';
import type { DeskStatusView, StoryReader } from '../../api/desk';
import { storyPresence } from './storyPresence';
import type { AssetStore } from '../store/assetStore';
import { PictureSync } from './pictureSync';
import { sharedElsewhere, type SharedElsewhere } from './deskFolders';

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
  private sharing: { done: number; total: number } | null = null;
  private pictures: PictureSync | null = null;
  private elsewhere: SharedElsewhere | null = null;
  /** Who was in which story when the window was last told (JSON), and the pending look. */
  private presenceSent = '{}';
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: ArticleStore,
    private readonly assets: AssetStore,
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
      const sync = await DeskSync.open(this.store, config, { shareAll: false });
      for (const id of this.savedWhileStarting) {
        if (!sync.sharedReplica(id)) continue;
        if (this.store.list('live').some((e) => e.id === id)) await sync.pushLocal(await this.store.get(id));
        else if (this.store.list('trash').some((e) => e.id === id)) await sync.markTrashed(id, true);
      }
      this.savedWhileStarting.clear();
      const pictures = new PictureSync(this.assets, config, (asset) => this.notices.post(`asset:${asset}`));
      this.pictures = pictures;
      for (const id of sync.sharedIds) {
        if (this.store.list('live').some((e) => e.id === id)) pictures.want((await this.store.get(id)).leadImage?.asset);
      }
      this.offSync = [
        sync.onChange(() => this.notices.post('status')),
        sync.onRemote((id) => this.notices.post(id)),
        sync.onPresence(() => this.presenceMaybeChanged()),
        sync.onProjected((article) => {
          this.onProjected(article);
          pictures.want(article.leadImage?.asset);
          // One row changed: the window reads that row, not the whole list (typing in a shared story projects it every few hundred ms).
          this.notices.post(`entry:${article.id}`);
        }),
      ];
      sync.connect();
      this.sync = sync;
      await this.findElsewhere();
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
    this.elsewhere = null;
    for (const off of this.offSync.splice(0)) off();
    this.presenceMaybeChanged();
    await this.pictures?.close();
    this.pictures = null;
    if (sync) await sync.close();
    this.notices.post('desk');
    this.notices.post('status');
  }

  async status(): Promise<DeskStatusView> {
    const sharing = this.sharing; // as it is when asked, not after the read below
    const saved = await this.settings.read().catch(() => null);
    const elsewhere = this.elsewhere?.ids.length ? { count: this.elsewhere.ids.length, desks: this.elsewhere.desks } : null;
    const base = { configured: saved !== null, url: saved?.url ?? '', name: saved?.name ?? '', sharing, elsewhere, you: null };
    const quiet = { syncing: false, waiting: 0, articles: 0 };
    if (this.starting) return { ...base, ...quiet, state: 'starting', problems: [] };
    if (!this.sync) return { ...base, ...quiet, state: 'off', problems: this.startProblem ? [this.startProblem] : [] };
    const s = this.sync.status();
    const state = s.online ? 'online' : 'offline';
    const problems = [...s.problems, ...(this.pictures?.refused.values() ?? [])];
    return { ...base, you: this.sync.userName || null, state, syncing: s.syncing, waiting: s.waiting, articles: s.articles, problems };
  }

  /** The ids of the articles shared with the desk (the library marks them). */
  async sharedIds(): Promise<string[]> {
    return (await this.live())?.sharedIds ?? [];
  }

  /** Who else has each shared story open, by article id; nothing with no live desk. */
  storyPresence(): Record<string, StoryReader[]> {
    const sync = this.sync;
    if (!sync) return {};
    return storyPresence(sync.sharedIds.map((id) => [id, sync.sharedReplica(id)?.provider?.awareness]));
  }

  /**
   * Every caret move anywhere changes awareness: who is in which story is read at most every 200 ms, and
   * the window is told only when that changed.
   */
  private presenceMaybeChanged(): void {
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = null;
      const now = JSON.stringify(this.storyPresence());
      if (now === this.presenceSent) return;
      this.presenceSent = now;
      this.notices.post('presence');
    }, 200);
    this.presenceTimer.unref?.();
  }

  /**
   * Share to desk: each article is written into its own Y.Doc (logged durably) and the desk index, one
   * after another, the status bar counting ("Sharing 120 of 1,000…"). Resolves when all are written
   * here; they reach the desk as the socket sends them (at once online, on reconnect offline).
   */
  async share(ids: string[]): Promise<void> {
    const sync = await this.live();
    if (!sync) throw new Error('Connect to a desk first (Settings → Desk).');
    if (this.sharing) throw new Error('Articles are being shared already: wait for it to finish.');
    const live = new Set(this.store.list('live').map((e) => e.id));
    const todo = ids.filter((id) => live.has(id) && !sync.sharedReplica(id));
    this.sharing = { done: 0, total: todo.length };
    try {
      for (const id of todo) {
        const article = await this.store.get(id);
        await sync.pushLocal(article);
        this.pictures?.want(article.leadImage?.asset);
        this.sharing = { done: this.sharing.done + 1, total: todo.length };
        this.notices.post('status');
      }
    } finally {
      this.sharing = null;
      await this.findElsewhere();
      this.notices.post('library');
      this.notices.post('status');
    }
  }

  /** Share here what was shared with another desk: only when the user asks (Settings → Desk). */
  async shareElsewhere(): Promise<void> {
    await this.share(this.elsewhere?.ids ?? []);
  }

  /** Articles shared with another desk and not this one, for "N articles were shared with another desk". */
  private async findElsewhere(): Promise<void> {
    const sync = this.sync;
    const live = new Set(this.store.list('live').map((e) => e.id));
    this.elsewhere = sync ? await sharedElsewhere(sync.dir, live).catch(() => null) : null;
  }

  /** A save made outside a bound editor (an import, a history restore, an unbound editor): into a shared article's Y.Doc. */
  async saved(article: Article): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(article.id);
    else if (this.sync?.sharedReplica(article.id)) {
      await this.sync.pushLocal(article);
      this.pictures?.want(article.leadImage?.asset);
      this.notices.post(article.id); // an editor open on it pulls the change
    }
  }

  /** A change to part of an article (its status): applied to what its Y.Doc holds now. */
  async changed(id: string, edit: (current: Article) => Article): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(id);
    else if (this.sync?.sharedReplica(id)) {
      await this.sync.change(id, edit);
      this.notices.post(id);
    }
  }

  async trashed(id: string, trashed: boolean): Promise<void> {
    if (this.starting) this.savedWhileStarting.add(id);
    else if (this.sync) await this.sync.markTrashed(id, trashed);
  }

  /** Resolves when the pictures wanted so far are sent or fetched (tests, and `whenSettled` callers). */
  async picturesSettled(): Promise<void> {
    await this.pictures?.settled();
  }

  async close(): Promise<void> {
    await this.stop();
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
  }
}
