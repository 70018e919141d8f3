import path from 'node:path';
import type { DeskStore } from './deskStore';
import { PostgresDeskStore } from './postgresStore';
import { SqliteDeskStore } from './sqliteStore';

export const DEFAULT_DESK_DB = 'sqlite:desk.sqlite';

/**
 * `--db sqlite:FILE` (the default, `desk.sqlite` in the working folder) or `--db postgres://…`.
 * A bare path is taken as a SQLite file.
 */
export async function openDeskStore(spec: string = DEFAULT_DESK_DB): Promise<DeskStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) return PostgresDeskStore.open(spec);
  const file = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (file === '') throw new Error('--db sqlite: needs a file name, e.g. --db sqlite:desk.sqlite');
  if (/^[a-z]+:\/\//i.test(file)) throw new Error(`--db ${spec}: only sqlite:FILE and postgres://… are supported.`);
  return new SqliteDeskStore(file === ':memory:' ? file : path.resolve(file));
}
