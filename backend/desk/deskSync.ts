import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { NodeWebSocket } from './nodeWebSocket';
import * as Y from 'yjs';
import { newArticle, type Article } from '../../core/article/schema';
import { isInitialised, readArticle, writeArticle } from '../../core/desk/articleDoc';
import { ARTICLE_DOCUMENT, articleDocument, entryOf, INDEX_DOCUMENT, indexMap, putEntry, type IndexEntry } from '../../core/desk/indexDoc';
import type { ArticleStore } from '../store/articleStore';
import { deskAddressProblem, type DeskConfig } from './deskConfig';
import { DeskFlags } from './deskFlags';
import { replicaFolder } from './deskFolders';
import { LOCAL_ORIGIN, Replica } from './articleReplica';
import { waitUntilSettled } from './settleWait';
import type { DeskStatus } from './deskStatus';
import { EDITS_PROJECTED_EVERY_MS, ProjectionQueue } from './projectionQueue';

const OPEN_AT_ONCE = 90;

export type { DeskStatus } from './deskStatus';

/**
 * Keeps a library in step with a desk. Every live article is shared; the desk index lists them all, so
 * articles made elsewhere arrive (and are created here with the same id) and trashing travels both ways.
 * The article JSON files stay what search, exports and history read: after a change from the desk the
 * article is re-projected from its Y.Doc and saved through the store; a change made here is written into
 * the Y.Doc (smallest edit, logged durably) before it is sent.
 */
export class DeskSync {
  private readonly replicas = new Map<string, Replica>();
  private readonly queue: Replica[] = [];
  private readonly opening = new Set<Replica>();
  private index!: Replica;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly projections = new ProjectionQueue(
    async (ids) => {
      for (const id of ids) await this.project(id);
    },
    (error) => void this.flags.note('desk', `Could not apply a change from the desk: ${error.message}`),
    () => this.changed(),
  );
  private readonly listeners = new Set<() => void>();
  private readonly remoteListeners = new Set<(id: string) => void>();
  private readonly projectedListeners = new Set<(article: Article) => void>();
  private readonly presenceListeners = new Set<() => void>();
  private online = false;

  /** `dir`: this desk's replica logs (deskFolders.ts); `userName`: the desk's name for the user, which comments and sign-offs carry. */
  private constructor(
    private readonly store: ArticleStore,
    readonly dir: string,
    readonly userName: string,
    private readonly config: DeskConfig,
    private readonly flags: DeskFlags,
  ) {}

  /** `shareAll` (the CLI's `sync`) shares every live article; the app syncs only those shared before and those the desk sends. */
  static async open(store: ArticleStore, config: DeskConfig, { shareAll = true }: { shareAll?: boolean } = {}): Promise<DeskSync> {
    const problem = deskAddressProblem(config.url, config.allowInsecure);
    if (problem) throw new Error(problem);
    const { docs, identity } = await replicaFolder(join(store.layout.root, 'desk'), config);
    const sync = new DeskSync(store, docs, identity.name, config, await DeskFlags.open(join(store.layout.root, 'desk')));
    sync.index = await Replica.open(sync.dir, INDEX_DOCUMENT, () => undefined);
    // Only the entries that changed are looked at: a 1,000-article index must not cost 1,000 reads a change.
    indexMap(sync.index.doc).observe((event) => {
      if (event.transaction.origin === LOCAL_ORIGIN) return;
      for (const id of event.keysChanged) sync.projections.schedule(id);
    });
    // Replicas already on disk first (articles shared before, some perhaps trashed here since).
    for (const file of await readdir(sync.dir)) {
      const id = /^article_(.+)\.ylog$/.exec(file)?.[1];
      if (id) await sync.replica(id);
    }
    // Edits made here since the last sync (offline, or with no desk running) are diffed in.
    for (const entry of store.list('live')) if (shareAll || sync.replicas.has(entry.id)) await sync.pushLocal(await store.get(entry.id));
    for (const entry of store.list('trash')) await sync.markTrashed(entry.id, true);
    return sync;
  }

  /** Opens the socket; everything written so far (and from now on) goes to the desk. */
  connect(): void {
    if (this.socket) return;
    this.socket = new HocuspocusProviderWebsocket({ url: this.config.url, WebSocketPolyfill: NodeWebSocket });
    this.socket.on('status', ({ status }: { status: string }) => {
      this.online = status === 'connected';
      this.changed();
    });
    this.index.connect(this.socket, this.config.token, () => this.changed());
    for (const replica of this.replicas.values()) this.admit(replica);
  }

  /**
   * Documents are opened a batch at a time: the server closes a connection with more than 100 documents
   * waiting for authentication (Hocuspocus's `maxPendingDocuments`, a guard we keep), and a first sync
   * opens one per article.
   */
  private admit(replica: Replica): void {
    this.queue.push(replica);
    this.openNext();
  }

  private openNext(): void {
    for (const replica of this.opening) if (replica.synced || replica.refusal !== null) this.opening.delete(replica);
    while (this.opening.size < OPEN_AT_ONCE && this.queue.length > 0 && this.socket) {
      const replica = this.queue.shift()!;
      this.opening.add(replica);
      replica.connect(this.socket, this.config.token, () => {
        this.openNext();
        this.changed();
      });
      replica.provider?.awareness?.on('change', () => this.presenceListeners.forEach((listener) => listener()));
    }
  }

  /** A local save: the article's fields and body go into its Y.Doc (durably) and the index. */
  async pushLocal(article: Article): Promise<void> {
    const replica = await this.replica(article.id);
    writeArticle(replica.doc, article, LOCAL_ORIGIN);
    putEntry(this.index.doc, article.id, entryOf(article, false), LOCAL_ORIGIN);
    await Promise.all([replica.settled(), this.index.settled()]);
  }

  /**
   * An edit from the editor bound to this article's Y.Doc (the renderer's replica sends its Yjs updates
   * over the IPC bridge): applied and logged durably before it is acknowledged; the article JSON follows
   * with the next projection.
   */
  async applyEditorUpdate(id: string, update: Uint8Array): Promise<void> {
    const replica = await this.replica(id);
    Y.applyUpdate(replica.doc, update, LOCAL_ORIGIN);
    this.projections.schedule(id, EDITS_PROJECTED_EVERY_MS);
    await replica.settled();
  }

  async markTrashed(id: string, trashed: boolean): Promise<void> {
    const current = indexMap(this.index.doc).get(id);
    if (!current || current.trashed === trashed) return;
    putEntry(this.index.doc, id, { ...current, trashed, updatedAt: new Date().toISOString() }, LOCAL_ORIGIN);
    await this.index.settled();
  }

  status(): DeskStatus {
    const all = [this.index, ...this.replicas.values()];
    return {
      online: this.online,
      syncing: this.online && all.some((r) => r.refusal === null && !r.upToDate),
      waiting: all.reduce((n, r) => n + r.waiting, 0),
      articles: this.replicas.size,
      problems: [...new Set(all.map((r) => r.refusal).filter((r): r is string => r !== null))],
    };
  }

  get sharedIds(): string[] {
    return [...this.replicas.keys()];
  }

  /** The replica of a shared article (the editor's Y.Doc mirror reads and writes it), or null when it is not shared. */
  sharedReplica(id: string): Replica | null {
    return this.replicas.get(id) ?? null;
  }

  /**
   * A change made here to a shared article outside its editor (a status chosen in the library, a check's
   * fix): applied to what the Y.Doc holds now, not to the JSON file, which may lag a change just arrived.
   */
  async change(id: string, edit: (current: Article) => Article): Promise<Article> {
    const replica = await this.replica(id);
    const next = edit(readArticle(replica.doc, await this.store.get(id)));
    writeArticle(replica.doc, next, LOCAL_ORIGIN);
    putEntry(this.index.doc, id, entryOf(next, false), LOCAL_ORIGIN);
    this.projections.schedule(id);
    await Promise.all([replica.settled(), this.index.settled()]);
    return next;
  }

  /** Hears the id of each shared article a change from the desk reached (its Y.Doc, before the projection). */
  onRemote(listener: (id: string) => void): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  /** Hears each article written to the library from its Y.Doc (search and the library list follow it). */
  onProjected(listener: (article: Article) => void): () => void {
    this.projectedListeners.add(listener);
    return () => this.projectedListeners.delete(listener);
  }

  /** Hears someone opening, leaving or moving in a shared story (storyPresence.ts reads who from each replica's awareness). */
  onPresence(listener: () => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  get flagged(): ReadonlyMap<string, string> {
    return this.flags.all;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every document is synced, confirmed and projected, or rejects after `timeoutMs`. */
  whenSettled(timeoutMs: number): Promise<DeskStatus> {
    return waitUntilSettled(this, timeoutMs);
  }

  /** True when every document is synced, confirmed and projected (a refused one throws its reason). */
  async isSettled(): Promise<boolean> {
    const all = () => [this.index, ...this.replicas.values()];
    const problems = this.status().problems;
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (!all().every((r) => r.upToDate) || this.projections.waiting) return false;
    await Promise.all(all().map((r) => r.settled()));
    await this.projections.current;
    // Re-read: a projection may have opened replicas for articles that just arrived.
    return all().every((r) => r.upToDate && r.waiting === 0) && !this.projections.waiting;
  }

  async close(): Promise<void> {
    await this.projections.settled();
    for (const replica of [this.index, ...this.replicas.values()]) {
      await replica.close();
      if (replica.waiting === 0) await replica.log.compact(replica.doc);
    }
    this.socket?.destroy();
    this.socket = null;
  }

  private async replica(id: string): Promise<Replica> {
    let replica = this.replicas.get(id);
    if (!replica) {
      replica = await Replica.open(this.dir, articleDocument(id), () => {
        this.projections.schedule(id);
        for (const listener of this.remoteListeners) listener(id);
      });
      this.replicas.set(id, replica);
      if (this.socket) this.admit(replica);
    }
    return replica;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Brings the local article to what its Y.Doc and the index say. */
  private async project(id: string): Promise<void> {
    if (!ARTICLE_DOCUMENT.test(articleDocument(id))) return;
    const replica = await this.replica(id);
    const entry: IndexEntry | undefined = indexMap(this.index.doc).get(id);
    if (!isInitialised(replica.doc)) return; // its content has not arrived yet
    const live = this.store.list('live').some((e) => e.id === id);
    const trashedHere = this.store.list('trash').some((e) => e.id === id);
    if (entry?.trashed && live) {
      if (replica.waiting > 0) {
        // Trashed on the desk while edited here: kept, flagged, and put back on the desk with the edits.
        await this.flags.note(id, `Trashed on the desk by ${entry.by || 'someone'} while you edited it offline: your copy is kept.`);
        putEntry(this.index.doc, id, { ...entry, trashed: false, updatedAt: new Date().toISOString() }, LOCAL_ORIGIN);
      } else {
        await this.store.trash(id);
        return;
      }
    }
    if (entry && !entry.trashed && trashedHere) await this.store.restore(id);
    if (entry?.trashed && !live) return;
    if (!live && !trashedHere) {
      // New here: created with its content in one write.
      const { id: _id, schemaVersion: _v, createdAt, updatedAt: _u, ...fields } = readArticle(replica.doc, newArticle(id, new Date()));
      this.projected(await this.store.create(fields, { id, createdAt }));
      return;
    }
    const base = await this.store.get(id);
    const next = readArticle(replica.doc, base);
    if (JSON.stringify({ ...next, updatedAt: '' }) !== JSON.stringify({ ...base, updatedAt: '' }))
      this.projected((await this.store.save(next)).article);
  }

  private projected(article: Article): void {
    for (const listener of this.projectedListeners) listener(article);
  }
}
