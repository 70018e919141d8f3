import * as Y from 'yjs';
import { copyArticleState, fieldRoot, readMeta } from '../core/desk/articleDoc';
import type { Hocuspocus } from '@hocuspocus/server';
import type { DeskStore } from './store/deskStore';

/** A snapshot is taken when an article is stored and its status changed, or the last one is this old. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;

export async function maybeSnapshot(
  store: DeskStore,
  documentName: string,
  doc: Y.Doc,
  intervalMs = SNAPSHOT_INTERVAL_MS,
): Promise<boolean> {
  const status = String(readMeta(doc).status ?? '');
  const last = await store.lastSnapshot(documentName);
  if (last && last.status === status && Date.now() - Date.parse(last.createdAt) < intervalMs) return false;
  await store.addSnapshot(documentName, Y.encodeStateAsUpdate(doc), status, doc.getText(fieldRoot('headline')).toString());
  return true;
}

/**
 * Restores an article to a snapshot as a new change on the live document (through a direct connection,
 * so every client, on every instance, receives it as an ordinary edit and nothing written since is
 * dropped from history: the restore itself can be undone by restoring a later snapshot).
 */
export async function restoreSnapshot(instance: Hocuspocus, store: DeskStore, snapshotId: number): Promise<string | null> {
  const snapshot = await store.loadSnapshot(snapshotId);
  if (!snapshot) return null;
  const source = new Y.Doc();
  Y.applyUpdate(source, snapshot.state);
  const connection = await instance.openDirectConnection(snapshot.info.document, { system: 'restore' });
  try {
    await connection.transact((doc) => copyArticleState(source, doc));
  } finally {
    await connection.disconnect();
    source.destroy();
  }
  return snapshot.info.document;
}
