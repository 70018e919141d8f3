import pg from 'pg';
import type { DeskRole } from '../../core/desk/roles';
import type { DeskStore, DeskUser, SnapshotInfo } from './deskStore';

interface UserRow {
  name: string;
  role: string;
  read_only: boolean;
  created_at: string;
}
interface SnapshotRow {
  id: string;
  document: string;
  created_at: string;
  status: string;
  headline: string;
  bytes: number;
}

const toUser = (row: UserRow): DeskUser => ({
  name: row.name,
  role: row.role as DeskRole,
  readOnly: row.read_only,
  createdAt: row.created_at,
});
const toSnapshot = (row: SnapshotRow): SnapshotInfo => ({
  id: Number(row.id),
  document: row.document,
  createdAt: row.created_at,
  status: row.status,
  headline: row.headline,
  bytes: row.bytes,
});

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, read_only BOOLEAN NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS snapshots (id BIGSERIAL PRIMARY KEY, document TEXT NOT NULL, state BYTEA NOT NULL,
    status TEXT NOT NULL, headline TEXT NOT NULL, bytes INTEGER NOT NULL, created_at TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS snapshots_doc ON snapshots (document, id);
`;

/** PostgreSQL, for a desk that runs several server instances (all of them share it) or wants its backups. */
export class PostgresDeskStore implements DeskStore {
  readonly kind = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresDeskStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    const client = await pool.connect();
    try {
      // Two instances starting together would race on CREATE TABLE: serialise them with an advisory lock.
      await client.query('SELECT pg_advisory_lock(4242018)');
      await client.query(SCHEMA);
      await client.query('SELECT pg_advisory_unlock(4242018)');
    } finally {
      client.release();
    }
    return new PostgresDeskStore(pool);
  }

  async loadDocument(name: string): Promise<Uint8Array | null> {
    const { rows } = await this.pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [name]);
    return rows[0] ? new Uint8Array(rows[0].state) : null;
  }

  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    await this.pool.query(
      'INSERT INTO documents (name, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at',
      [name, Buffer.from(state), new Date().toISOString()],
    );
  }

  async listDocuments(): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>('SELECT name FROM documents ORDER BY name');
    return rows.map((r) => r.name);
  }

  async addSnapshot(document: string, state: Uint8Array, status: string, headline: string): Promise<void> {
    await this.pool.query('INSERT INTO snapshots (document, state, status, headline, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      document,
      Buffer.from(state),
      status,
      headline,
      state.byteLength,
      new Date().toISOString(),
    ]);
  }

  async lastSnapshot(document: string): Promise<SnapshotInfo | null> {
    const { rows } = await this.pool.query<SnapshotRow>(
      'SELECT id, document, created_at, status, headline, bytes FROM snapshots WHERE document = $1 ORDER BY id DESC LIMIT 1',
      [document],
    );
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  async listSnapshots(document: string): Promise<SnapshotInfo[]> {
    const { rows } = await this.pool.query<SnapshotRow>(
      'SELECT id, document, created_at, status, headline, bytes FROM snapshots WHERE document = $1 ORDER BY id',
      [document],
    );
    return rows.map(toSnapshot);
  }

  async loadSnapshot(id: number): Promise<{ info: SnapshotInfo; state: Uint8Array } | null> {
    const { rows } = await this.pool.query<SnapshotRow & { state: Buffer }>(
      'SELECT id, document, created_at, status, headline, bytes, state FROM snapshots WHERE id = $1',
      [id],
    );
    return rows[0] ? { info: toSnapshot(rows[0]), state: new Uint8Array(rows[0].state) } : null;
  }

  async addUser(user: DeskUser, tokenHash: string): Promise<void> {
    await this.pool.query('INSERT INTO users (name, role, read_only, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [
      user.name,
      user.role,
      user.readOnly,
      tokenHash,
      user.createdAt,
    ]);
  }

  async listUsers(): Promise<DeskUser[]> {
    const { rows } = await this.pool.query<UserRow>('SELECT name, role, read_only, created_at FROM users ORDER BY name');
    return rows.map(toUser);
  }

  async removeUser(name: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM users WHERE name = $1', [name]);
    return (result.rowCount ?? 0) > 0;
  }

  async userByTokenHash(tokenHash: string): Promise<DeskUser | null> {
    const { rows } = await this.pool.query<UserRow>('SELECT name, role, read_only, created_at FROM users WHERE token_hash = $1', [
      tokenHash,
    ]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
