/**
 * SQLite FTS5 through SQLite's own WebAssembly build (@sqlite.org/sqlite-wasm), the engine the search
 * rows compare ours with: no native module to rebuild for Electron, BM25 built in, snippets built in.
 * It runs in memory here (the package's Node support stops at in-memory databases in this version).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenize } from '../backend/search/tokenize';
import type { FieldTexts } from '../backend/search/invertedIndex';

interface Sqlite3 {
  oo1: { DB: new (name: string) => Db };
  version: { libVersion: string };
}
interface Db {
  exec(sql: string | { sql: string; bind?: unknown[] }): void;
  prepare(sql: string): Stmt;
  selectValue(sql: string): unknown;
  close(): void;
}
interface Stmt {
  bind(values: unknown[]): Stmt;
  step(): boolean;
  get(index: number): unknown;
  reset(): Stmt;
  finalize(): void;
}

/** Same field weights as ours (BOOSTS in query.ts): body, headline, standfirst, meta. */
const COLUMNS = ['body', 'headline', 'standfirst', 'meta'] as const;
const WEIGHTS = '1.0, 3.0, 2.0, 1.5';

export class FtsEngine {
  private constructor(
    private readonly db: Db,
    readonly version: string,
  ) {}

  static async open(): Promise<FtsEngine> {
    // The package's module was written for browsers and workers; it reads these two globals at load.
    const file = fileURLToPath(import.meta.resolve('@sqlite.org/sqlite-wasm'));
    const g = globalThis as Record<string, unknown>;
    g.self ??= globalThis;
    g.location ??= new URL(`file://${join(dirname(file), 'sqlite-wasm/jswasm/sqlite3.mjs')}`);
    const wasmBinary = await readFile(join(dirname(file), 'sqlite-wasm/jswasm/sqlite3.wasm'));
    // Imported by path: the package ships no types, and this file declares the little it uses above.
    const { default: init } = (await import(pathToFileURL(file).href)) as { default: (o: object) => Promise<Sqlite3> };
    const sqlite3 = await init({ wasmBinary, print: () => undefined, printErr: () => undefined });
    const db = new sqlite3.oo1.DB(':memory:');
    // remove_diacritics 2 folds accents as our tokenizer does; prefix indexes make "gov*" cheap.
    db.exec(`create virtual table docs using fts5(${COLUMNS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
    return new FtsEngine(db, sqlite3.version.libVersion);
  }

  /** Adds every document in one transaction; rowid is the position in `ids`. */
  add(documents: ReadonlyArray<FieldTexts>): void {
    this.db.exec('begin');
    const insert = this.db.prepare(`insert into docs(rowid, ${COLUMNS.join(', ')}) values (?, ?, ?, ?, ?)`);
    documents.forEach((doc, i) => {
      insert.bind([i + 1, ...COLUMNS.map((c) => doc[c])]);
      insert.step();
      insert.reset();
    });
    insert.finalize();
    this.db.exec('commit');
  }

  /** Every word must match, the last as a prefix (the word being typed); BM25 with our field weights. */
  search(query: string, limit: number, snippets: number): Array<{ rowid: number; snippet: string | null }> {
    const words = tokenize(query);
    if (words.length === 0) return [];
    const match = words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' AND ');
    // Snippets for the first rows only, as ours: the rest of the page comes from a second, plain query.
    const withSnippets = this.rows(
      `select rowid, snippet(docs, 0, '[', ']', '…', 25) from docs where docs match ? order by bm25(docs, ${WEIGHTS}) limit ?`,
      [match, snippets],
    );
    const rest = this.rows(`select rowid, null from docs where docs match ? order by bm25(docs, ${WEIGHTS}) limit ? offset ?`, [
      match,
      limit - snippets,
      snippets,
    ]);
    return [...withSnippets, ...rest];
  }

  private rows(sql: string, bind: unknown[]): Array<{ rowid: number; snippet: string | null }> {
    const stmt = this.db.prepare(sql);
    const out: Array<{ rowid: number; snippet: string | null }> = [];
    try {
      stmt.bind(bind);
      while (stmt.step()) out.push({ rowid: stmt.get(0) as number, snippet: stmt.get(1) as string | null });
    } finally {
      stmt.finalize();
    }
    return out;
  }

  /** The database's size in memory: pages × page size. */
  bytes(): number {
    return Number(this.db.selectValue('pragma page_count')) * Number(this.db.selectValue('pragma page_size'));
  }

  close(): void {
    this.db.close();
  }
}
