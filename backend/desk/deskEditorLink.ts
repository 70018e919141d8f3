import * as Y from 'yjs';
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import type { DeskService } from './deskService';
import type { Replica } from './articleReplica';

/**
 * The renderer's editor bound to an article's Y.Doc, main's side. Main keeps the replica (it owns the
 * store, the durable log and the socket); the window keeps a mirror Y.Doc. Updates cross as binary Yjs
 * updates: the window's edits are applied here and logged before they are acknowledged; the desk's
 * reach the window when it pulls by state vector after a notice, so nothing depends on notices arriving
 * in order or at all. Presence crosses the same way: the window's awareness state becomes this
 * machine's state on the desk, and the other people's states go back with each pull.
 */
export class DeskEditorLink {
  /** Per open article: the awareness clients last sent to the window (so their leaving is sent too). */
  private readonly sentClients = new Map<string, Set<number>>();
  private readonly watched = new Map<string, () => void>();

  constructor(private readonly desk: DeskService) {}

  /** The article's whole Y.Doc state, or null when the article is not shared with a desk (the editor works as before). */
  async open(id: string): Promise<{ state: Uint8Array } | null> {
    const replica = await this.replica(id);
    if (!replica) return null;
    this.sentClients.set(id, new Set());
    this.watch(id, replica);
    return { state: Y.encodeStateAsUpdate(replica.doc) };
  }

  async apply(id: string, update: Uint8Array): Promise<void> {
    const sync = await this.desk.live();
    if (!sync?.sharedReplica(id)) throw new Error('This article is no longer shared with the desk: reopen it.');
    await sync.applyEditorUpdate(id, update);
  }

  /** What the window's mirror lacks, by its state vector, and the other people in the story. */
  async pull(id: string, stateVector: Uint8Array): Promise<{ update: Uint8Array; awareness: Uint8Array | null }> {
    const replica = await this.replica(id);
    if (!replica) throw new Error('This article is no longer shared with the desk: reopen it.');
    this.watch(id, replica);
    return { update: Y.encodeStateAsUpdate(replica.doc, stateVector), awareness: this.awarenessFor(id, replica) };
  }

  /** The window's presence (its name, colour and caret), or null when it leaves the story. */
  async setPresence(id: string, state: Record<string, unknown> | null): Promise<void> {
    const replica = await this.replica(id);
    const awareness = replica?.provider?.awareness;
    if (!awareness) return;
    // Leaving is an empty state, not null: Hocuspocus 4.7 re-encodes awareness updates through a scratch
    // Awareness that drops null states, so a null never reaches the others and the colleague would stay
    // listed in the story until the 30 s awareness timeout. A state with no `user` is no one (storyPresence.ts).
    awareness.setLocalState(state ?? {});
    if (state === null) {
      this.watched.get(id)?.();
      this.watched.delete(id);
      this.sentClients.delete(id);
    }
  }

  private async replica(id: string): Promise<Replica | null> {
    return (await this.desk.live())?.sharedReplica(id) ?? null;
  }

  /** Others' presence changing is a notice too (their carets move without any text changing). */
  private watch(id: string, replica: Replica): void {
    const awareness = replica.provider?.awareness;
    if (!awareness || this.watched.has(id)) return;
    const onUpdate = (_changes: unknown, origin: unknown) => {
      if (origin !== 'local') this.desk.notices.post(id);
    };
    awareness.on('update', onUpdate);
    this.watched.set(id, () => awareness.off('update', onUpdate));
  }

  private awarenessFor(id: string, replica: Replica): Uint8Array | null {
    const awareness: Awareness | null | undefined = replica.provider?.awareness;
    if (!awareness) return null;
    const others = new Set([...awareness.getStates().keys()].filter((client) => client !== awareness.clientID));
    const sent = this.sentClients.get(id) ?? new Set<number>();
    // Clients that left are sent too: their null state tells the window to drop their caret.
    const clients = [...new Set([...others, ...sent])].filter((client) => awareness.meta.has(client));
    this.sentClients.set(id, others);
    return clients.length > 0 ? encodeAwarenessUpdate(awareness, clients) : null;
  }
}
