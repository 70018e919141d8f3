import Database from 'better-sqlite3';
import type { DeskRole } from '../../core/desk/roles';
import type { DeskStore, DeskUser, SnapshotInfo } from './deskStore';

interface UserRow {
  name: string;
  role: string;
  read_only: number;
  created_at: string;
}
interface SnapshotRow {
  id: number;
  document: string;
  created_at: string;
  status: string;
  headline: string;
  bytes: number;
}

const toUser = (row: UserRow): DeskUser => ({
  name: row.name,
  role: row.role as DeskRole,
  readOnly: row.read_only === 1,
  createdAt: row.created_at,
});
const toSnapshot = (row: SnapshotRow): SnapshotInfo => ({
  id: row.id,
  document: row.document,
  createdAt: row.created_at,
  status: row.status,
  headline: row.headline,
  bytes: row.bytes,
});

/**
 * The embedded default: one SQLite file, no other service. better-sqlite3 is synchronous, which is what
 * a one-file store wants (each call is a few microseconds); WAL mode lets `desk user add` write while a
 * server reads. `synchronous=NORMAL` (not FULL): in WAL mode the file stays consistent through a power
 * cut and only the last commits can be lost; every client keeps a full replica and the Yjs sync resends
 * whatever the desk lacks, whereas FULL's fsync per commit stalled the event loop for seconds during a
 * library's first sync (bench: 3.6 s of 44 s in `storeDocument` alone).
 */
export class SqliteDeskStore implements DeskStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, read_only INTEGER NOT NULL,
        token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, document TEXT NOT NULL,
        state BLOB NOT NULL, status TEXT NOT NULL, headline TEXT NOT NULL, bytes INTEGER NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS snapshots_doc ON snapshots (document, id);
    `);
  }

  async loadDocument(name: string): Promise<Uint8Array | null> {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Buffer } | undefined;
    return row ? new Uint8Array(row.state) : null;
  }

  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      )
      .run(name, Buffer.from(state), new Date().toISOString());
  }

  async listDocuments(): Promise<string[]> {
    return (this.db.prepare('SELECT name FROM documents ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  }

  async addSnapshot(document: string, state: Uint8Array, status: string, headline: string): Promise<void> {
    this.db
      .prepare('INSERT INTO snapshots (document, state, status, headline, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(document, Buffer.from(state), status, headline, state.byteLength, new Date().toISOString());
  }

  async lastSnapshot(document: string): Promise<SnapshotInfo | null> {
    const row = this.db
      .prepare('SELECT id, document, created_at, status, headline, bytes FROM snapshots WHERE document = ? ORDER BY id DESC LIMIT 1')
      .get(document) as SnapshotRow | undefined;
    return row ? toSnapshot(row) : null;
  }

  async listSnapshots(document: string): Promise<SnapshotInfo[]> {
    const rows = this.db
      .prepare('SELECT id, document, created_at, status, headline, bytes FROM snapshots WHERE document = ? ORDER BY id')
      .all(document) as SnapshotRow[];
    return rows.map(toSnapshot);
  }

  async loadSnapshot(id: number): Promise<{ info: SnapshotInfo; state: Uint8Array } | null> {
    const row = this.db.prepare('SELECT id, document, created_at, status, headline, bytes, state FROM snapshots WHERE id = ?').get(id) as
      (SnapshotRow & { state: Buffer }) | undefined;
    return row ? { info: toSnapshot(row), state: new Uint8Array(row.state) } : null;
  }

  async addUser(user: DeskUser, tokenHash: string): Promise<void> {
    this.db
      .prepare('INSERT INTO users (name, role, read_only, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.name, user.role, user.readOnly ? 1 : 0, tokenHash, user.createdAt);
  }

  async listUsers(): Promise<DeskUser[]> {
    return (this.db.prepare('SELECT name, role, read_only, created_at FROM users ORDER BY name').all() as UserRow[]).map(toUser);
  }

  async removeUser(name: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  }

  async userByTokenHash(tokenHash: string): Promise<DeskUser | null> {
    const row = this.db.prepare('SELECT name, role, read_only, created_at FROM users WHERE token_hash = ?').get(tokenHash) as
      UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
