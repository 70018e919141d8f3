import { deskAddressProblem } from '../backend/desk/deskConfig';
import { CliError } from './cliError';

interface Io {
  out(line: string): void;
  json: boolean;
}

/** ws(s)://host → http(s)://host: the desk's HTTP API shares the websocket's port. */
function httpBase(desk: string, allowInsecure: boolean): string {
  const problem = deskAddressProblem(desk, allowInsecure);
  if (problem) throw new CliError(problem, 2);
  return desk.replace(/^ws/, 'http').replace(/\/+$/, '');
}

async function call(url: string, token: string, method: 'GET' | 'POST'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new CliError(`Could not reach the desk at ${new URL(url).host}: ${(error as Error).message}`, 1);
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new CliError(body.error ?? `The desk answered ${response.status}.`, 1);
  return body;
}

/**
 * `copydesk desk snapshots ID --desk URL --token T` lists an article's snapshots on the desk;
 * `copydesk desk restore SNAPSHOT --desk URL --token T` restores one (editor or chief) as a new change
 * that every client receives.
 */
export async function snapshotCommand(
  action: 'snapshots' | 'restore',
  ref: string | undefined,
  options: { desk?: string; token?: string; allowInsecure: boolean },
  io: Io,
): Promise<number> {
  const token = options.token ?? process.env.COPYDESK_DESK_TOKEN;
  if (!options.desk || !token) throw new CliError(`desk ${action} needs --desk URL and --token T (or COPYDESK_DESK_TOKEN).`, 2);
  const base = httpBase(options.desk, options.allowInsecure);
  if (action === 'snapshots') {
    if (!ref || !/^[0-9a-f-]{36}$/.test(ref)) throw new CliError('desk snapshots needs an article id.', 2);
    const list = (await call(`${base}/api/articles/${ref}/snapshots`, token, 'GET')) as Array<{
      id: number;
      createdAt: string;
      status: string;
      headline: string;
    }>;
    if (io.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out('No snapshots of that article on the desk.');
    else
      for (const s of list)
        io.out(`${s.id}\t${s.createdAt.slice(0, 16).replace('T', ' ')}\t${s.status.padEnd(9)}\t${s.headline || '(untitled)'}`);
    return 0;
  }
  if (!ref || !/^\d+$/.test(ref)) throw new CliError('desk restore needs a snapshot number (see "copydesk desk snapshots ID").', 2);
  const result = (await call(`${base}/api/snapshots/${ref}/restore`, token, 'POST')) as { restored: string };
  io.out(io.json ? JSON.stringify(result) : `Restored ${result.restored} to snapshot ${ref}; every client receives it at its next sync.`);
  return 0;
}
