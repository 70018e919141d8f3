import { parseArgs } from 'node:util';
import { isDeskRole } from '../core/desk/roles';
import { startDeskServer } from '../desk/server';
import { DEFAULT_LIMITS, type DeskLimits } from '../desk/limits';
import { DEFAULT_DESK_DB, openDeskStore } from '../desk/store/openDeskStore';
import { hashToken, newToken } from '../desk/tokens';
import { CliError } from './cliError';
import { snapshotCommand } from './snapshotCommands';

export const DESK_USAGE = `Usage: copydesk desk <command> [options]

  serve [--port P] [--host H] [--db sqlite:FILE|postgres://…] [--redis redis://host:port] [--name N]
        [--max-update-bytes B] [--max-docs-per-connection N] [--max-connections-per-user N] [--max-rate N]
                          run a desk server (Ctrl+C stops it)
  user add NAME --role reporter|editor|chief [--read-only] [--db …]
                          add a user and print their token once (only its hash is stored)
  user list [--db …]      list users and roles
  user remove NAME [--db …]
                          remove a user: open connections are cut off within 30 s
  snapshots ID --desk URL --token T
                          list an article's snapshots on the desk
  restore SNAPSHOT --desk URL --token T
                          restore a snapshot (editor or chief) as a new change everyone receives

--db defaults to ${DEFAULT_DESK_DB} (in the current folder).`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  redis: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  desk: { type: 'string' },
  token: { type: 'string' },
  'allow-insecure': { type: 'boolean' },
  'read-only': { type: 'boolean' },
  'max-update-bytes': { type: 'string' },
  'max-docs-per-connection': { type: 'string' },
  'max-connections-per-user': { type: 'string' },
  'max-rate': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`--${flag} must be a whole number above 0 (got "${value}").`, 2);
  return n;
}

/** `copydesk desk …`: the desk server and its users. `stopSignal` lets tests end a `serve`. */
export async function deskCommand(argv: string[], io: Io, stopSignal?: Promise<void>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\.$/, '')}. Run "copydesk desk --help" for usage.`, 2);
  }
  const { values, positionals } = parsed;
  const [sub = '', action = '', name] = positionals;
  if (values.help || sub === '') {
    io.out(DESK_USAGE);
    return values.help ? 0 : 2;
  }
  if (sub === 'serve') {
    const limits: DeskLimits = {
      ...DEFAULT_LIMITS,
      maxUpdateBytes: positiveInt('max-update-bytes', values['max-update-bytes'], DEFAULT_LIMITS.maxUpdateBytes),
      maxDocumentsPerConnection: positiveInt(
        'max-docs-per-connection',
        values['max-docs-per-connection'],
        DEFAULT_LIMITS.maxDocumentsPerConnection,
      ),
      maxConnectionsPerUser: positiveInt(
        'max-connections-per-user',
        values['max-connections-per-user'],
        DEFAULT_LIMITS.maxConnectionsPerUser,
      ),
      maxMessagesPerSecond: positiveInt('max-rate', values['max-rate'], DEFAULT_LIMITS.maxMessagesPerSecond),
    };
    const port = positiveInt('port', values.port, 1234);
    const store = await openDeskStore(values.db);
    const desk = await startDeskServer({ port, host: values.host, store, redisUrl: values.redis, name: values.name, limits });
    io.out(`Desk listening on ${desk.url} (${store.kind}${values.redis ? `, joined through ${values.redis}` : ''}). Ctrl+C stops it.`);
    await (stopSignal ??
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }));
    // Stopping stores every loaded document; if that cannot finish (the database or Redis is gone), say
    // so and exit anyway rather than hang a service manager's stop.
    const stopped = await Promise.race([
      desk.stop().then(() => true),
      new Promise<false>((r) => setTimeout(() => r(false), 10_000).unref()),
    ]);
    if (!stopped) {
      io.err(
        'copydesk: the desk did not stop cleanly in 10 s (is the database or Redis down?); changes not yet stored are still on the clients.',
      );
      // A Redis client still retrying would keep the process alive: leave once the message is out.
      setTimeout(() => process.exit(1), 200).unref();
      return 1;
    }
    await store.close();
    return 0;
  }
  if (sub === 'snapshots' || sub === 'restore') {
    return snapshotCommand(
      sub,
      action || undefined,
      { desk: values.desk, token: values.token, allowInsecure: values['allow-insecure'] === true },
      { out: io.out, json: values.json === true },
    );
  }
  if (sub !== 'user' || !['add', 'list', 'remove'].includes(action)) {
    throw new CliError(`Unknown desk command "${positionals.join(' ')}". Run "copydesk desk --help".`, 2);
  }
  if (action !== 'list' && !name) throw new CliError(`"desk user ${action}" needs a user name.`, 2);
  const store = await openDeskStore(values.db);
  try {
    if (action === 'list') {
      const users = await store.listUsers();
      if (values.json) io.out(JSON.stringify(users, null, 2));
      else if (users.length === 0) io.out('No users yet: add one with "copydesk desk user add NAME --role chief".');
      else for (const u of users) io.out(`${u.name}\t${u.role}${u.readOnly ? ' (read-only)' : ''}\tsince ${u.createdAt}`);
      return 0;
    }
    if (action === 'remove') {
      if (!(await store.removeUser(name!))) throw new CliError(`There is no desk user "${name}".`, 1);
      io.out(`Removed ${name}; their token no longer opens the desk.`);
      return 0;
    }
    const role = values.role ?? '';
    if (!isDeskRole(role)) throw new CliError('--role must be reporter, editor or chief.', 2);
    if (!/^[\p{L}\p{N} ._'-]{1,80}$/u.test(name!))
      throw new CliError('A user name is 1 to 80 letters, digits, spaces, dots, dashes or apostrophes.', 2);
    if ((await store.listUsers()).some((u) => u.name === name)) throw new CliError(`There is already a desk user "${name}".`, 1);
    const token = newToken();
    await store.addUser(
      { name: name!, role, readOnly: values['read-only'] === true, createdAt: new Date().toISOString() },
      hashToken(token),
    );
    io.err(`Added ${name} (${role}${values['read-only'] ? ', read-only' : ''}). Their token follows; it is shown only this once:`);
    io.out(token);
    return 0;
  } finally {
    await store.close();
  }
}
