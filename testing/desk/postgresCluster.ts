import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './deskCluster';

const run = promisify(execFile);

/** Debian's PostgreSQL binaries (apt-get install postgresql), or null when it is not installed. */
export async function postgresBin(): Promise<string | null> {
  try {
    const versions = (await readdir('/usr/lib/postgresql')).sort();
    return versions.length > 0 ? join('/usr/lib/postgresql', versions[versions.length - 1]!, 'bin') : null;
  } catch {
    return null;
  }
}

/**
 * A throwaway PostgreSQL cluster on a loopback port, in a temp folder, for tests. As root it runs as the
 * `postgres` user (the server refuses to run as root).
 */
export async function startPostgres(bin: string): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-pg-'));
  const root = process.getuid?.() === 0;
  if (root) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout), Number(gid));
  }
  const as = (command: string, args: string[]) => (root ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args));
  const port = await freePort();
  const data = join(dir, 'data');
  await as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  await as(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await as(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
