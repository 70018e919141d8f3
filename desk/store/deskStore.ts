import type { DeskRole } from '../../core/desk/roles';

export interface DeskUser {
  name: string;
  role: DeskRole;
  /** A read-only user's connections may read and show presence but never write. */
  readOnly: boolean;
  createdAt: string;
}

export interface SnapshotInfo {
  id: number;
  document: string;
  createdAt: string;
  status: string;
  headline: string;
  bytes: number;
}

/**
 * What the desk server keeps: each document's merged Yjs state, snapshots of articles, and users with
 * the sha-256 of their token (never the token). SQLite and PostgreSQL implement the same interface.
 */
export interface DeskStore {
  readonly kind: 'sqlite' | 'postgres';
  loadDocument(name: string): Promise<Uint8Array | null>;
  storeDocument(name: string, state: Uint8Array): Promise<void>;
  listDocuments(): Promise<string[]>;

  addSnapshot(document: string, state: Uint8Array, status: string, headline: string): Promise<void>;
  lastSnapshot(document: string): Promise<SnapshotInfo | null>;
  listSnapshots(document: string): Promise<SnapshotInfo[]>;
  loadSnapshot(id: number): Promise<{ info: SnapshotInfo; state: Uint8Array } | null>;

  addUser(user: DeskUser, tokenHash: string): Promise<void>;
  listUsers(): Promise<DeskUser[]>;
  /** False when there was no such user. */
  removeUser(name: string): Promise<boolean>;
  userByTokenHash(tokenHash: string): Promise<DeskUser | null>;

  close(): Promise<void>;
}
