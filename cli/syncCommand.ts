import { DeskSettingsStore, FileTokenVault } from '../backend/desk/deskSettings';
import { DeskSync } from '../backend/desk/deskSync';
import type { ArticleStore } from '../backend/store/articleStore';
import { CliError } from './cliError';

export interface SyncOptions {
  desk: string | undefined;
  token: string | undefined;
  allowInsecure: boolean;
  timeoutSeconds: number;
}

/**
 * `copydesk sync --desk URL --token T`: one full sync of the library with a desk, then exit. Exit 0 when
 * everything is on the desk and the desk's changes are here; 1 with the reason otherwise (local changes
 * stay in the library's desk replica and go at the next sync).
 */
export async function syncCommand(
  store: ArticleStore,
  options: SyncOptions,
  io: { out(l: string): void; err(l: string): void; json: boolean },
): Promise<number> {
  // Without --desk, the desk saved in the library's settings (Settings → Desk).
  const saved = options.desk ? null : await new DeskSettingsStore(store.layout.root, FileTokenVault.inDataDir(store.layout.root)).load();
  const url = options.desk ?? saved?.url;
  const token = options.token ?? process.env.COPYDESK_DESK_TOKEN ?? saved?.token;
  if (!url || !token)
    throw new CliError('sync needs --desk URL and --token T (or COPYDESK_DESK_TOKEN), or a desk set in Settings → Desk.', 2);
  const started = Date.now();
  const sync = await DeskSync.open(store, { url, token, allowInsecure: options.allowInsecure || (saved?.allowInsecure ?? false) });
  try {
    sync.connect();
    const status = await sync.whenSettled(options.timeoutSeconds * 1000);
    const flags = [...sync.flagged].map(([id, message]) => ({ id, message }));
    if (io.json) io.out(JSON.stringify({ ...status, flags, seconds: (Date.now() - started) / 1000 }, null, 2));
    else {
      io.out(`synced ${status.articles} articles with ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      for (const flag of flags) io.out(`flag ${flag.id}: ${flag.message}`);
    }
    return 0;
  } catch (error) {
    io.err(`copydesk: ${(error as Error).message}`);
    io.err(`copydesk: ${sync.status().waiting} changes waiting; they stay here and go at the next sync.`);
    return 1;
  } finally {
    await sync.close();
  }
}
