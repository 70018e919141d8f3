import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durableWrite';
import type { DeskConfig } from './deskConfig';

/**
 * The replica logs are kept per desk: `<data>/desk/desks/<desk id>/docs/`, the id being what the desk
 * answers at `GET /api/desk` (desk/deskIdentity.ts), the same from every instance and every address.
 * A library pointed at another desk starts that desk with nothing shared, so the stories shared with one
 * newsroom (and its desk index, which lists every story there) never reach another unasked; the same
 * desk under a new address (ws:// to wss://, another instance) keeps its logs, so nothing is shared
 * twice (two independent histories of one story would merge into doubled text).
 */
const DESKS = 'desks';
/** Where the logs lived before they were kept per desk. */
const LEGACY_DOCS = 'docs';
/** Address → desk id and the name the desk knows the user by, as last confirmed: lets an offline start find its desk's logs. */
const KNOWN = 'desks.json';
const REPLICA_LOG = /^article_(.+)\.ylog$/;
const ID = /^[0-9a-f]{32}$/;

/** Which desk this is, and who the token is there (the name comments and sign-offs must carry). */
export interface DeskIdentity {
  id: string;
  name: string;
}

/** Asks the desk which desk it is (its HTTP API is on the websocket's address). */
export async function identifyDesk(config: DeskConfig, timeoutMs = 10_000): Promise<DeskIdentity> {
  const base = new URL(config.url);
  base.protocol = base.protocol === 'wss:' ? 'https:' : 'http:';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const response = await fetch(new URL('api/desk', base), {
    headers: { authorization: `Bearer ${config.token}` },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status === 401)
    throw new Error('The desk refused your token: it does not know it, or it was revoked. Ask your desk chief for a new one.');
  const { id, name } = response.ok ? ((await response.json()) as { id?: unknown; name?: unknown }) : {};
  if (typeof id !== 'string' || !ID.test(id) || typeof name !== 'string')
    throw new Error(`${config.url} did not say which desk it is (HTTP ${response.status}).`);
  return { id, name };
}

async function readKnown(deskDir: string): Promise<Record<string, DeskIdentity>> {
  try {
    const known = JSON.parse(await readFile(join(deskDir, KNOWN), 'utf8')) as unknown;
    return known && typeof known === 'object' ? (known as Record<string, DeskIdentity>) : {};
  } catch {
    return {};
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The replica folder of the desk at `config.url`, made if need be. The desk is asked who it is; offline,
 * the answer it gave last time for this address is used. A desk never reached and not reachable now
 * cannot be told from another, so nothing is opened (the error says so). Logs from before the per-desk
 * layout belong to the desk saved then, the first one identified.
 */
export async function replicaFolder(
  deskDir: string,
  config: DeskConfig,
  identify = identifyDesk,
): Promise<{ docs: string; identity: DeskIdentity }> {
  const known = await readKnown(deskDir);
  let identity: DeskIdentity;
  try {
    identity = await identify(config);
  } catch (error) {
    const remembered = known[config.url];
    if (!remembered || !ID.test(String(remembered.id)) || /refused your token/.test((error as Error).message)) throw error;
    identity = { id: remembered.id, name: String(remembered.name ?? '') };
  }
  const { id } = identity;
  const folder = join(deskDir, DESKS, id);
  const docs = join(folder, 'docs');
  if (!(await exists(docs))) {
    await mkdir(folder, { recursive: true });
    if (await exists(join(deskDir, LEGACY_DOCS))) await rename(join(deskDir, LEGACY_DOCS), docs);
    else await mkdir(docs, { recursive: true });
  }
  if (JSON.stringify(known[config.url]) !== JSON.stringify(identity))
    await writeFileDurably(join(deskDir, KNOWN), JSON.stringify({ ...known, [config.url]: identity }, null, 2));
  await writeFileDurably(join(folder, 'desk.json'), JSON.stringify({ url: config.url }, null, 2));
  return { docs, identity };
}

async function articleIdsIn(docs: string): Promise<string[]> {
  const files = await readdir(docs).catch(() => [] as string[]);
  return files.map((file) => REPLICA_LOG.exec(file)?.[1]).filter((id): id is string => id !== undefined);
}

/** The address a desk folder was last used with ("another desk" when its label is gone or damaged). */
async function deskUrlOf(folder: string): Promise<string> {
  try {
    const { url } = JSON.parse(await readFile(join(folder, 'desk.json'), 'utf8')) as { url?: unknown };
    return typeof url === 'string' && url !== '' ? url : 'another desk';
  } catch {
    return 'another desk';
  }
}

export interface SharedElsewhere {
  /** Live articles shared with another desk and not with this one. */
  ids: string[];
  /** The other desks' addresses, as last used. */
  desks: string[];
}

/** The articles of `live` shared with a desk other than the one whose logs are in `docs`: what "share them here?" offers. */
export async function sharedElsewhere(docs: string, live: ReadonlySet<string>): Promise<SharedElsewhere> {
  const desksDir = join(docs, '..', '..');
  const here = new Set(await articleIdsIn(docs));
  const ids = new Set<string>();
  const desks: string[] = [];
  for (const id of await readdir(desksDir).catch(() => [] as string[])) {
    const folder = join(desksDir, id);
    if (join(folder, 'docs') === docs) continue;
    const theirs = (await articleIdsIn(join(folder, 'docs'))).filter((a) => live.has(a) && !here.has(a));
    if (theirs.length === 0) continue;
    for (const a of theirs) ids.add(a);
    desks.push(await deskUrlOf(folder));
  }
  return { ids: [...ids], desks };
}
