import { chmod, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/durableWrite';
import { deskAddressProblem, type DeskConfig } from './deskConfig';

/**
 * Where the desk token is kept. Electron keeps it encrypted with the OS keychain (`safeStorage`,
 * hosts/electron/main/safeStorageVault.ts); the browser host and the CLI keep it in a file only the
 * user can read (0600).
 */
export interface TokenVault {
  read(): Promise<string | null>;
  write(token: string): Promise<void>;
  clear(): Promise<void>;
}

/** The token in `<data>/desk/token`, created 0600 before a byte is written (never world-readable, even briefly). */
export class FileTokenVault implements TokenVault {
  constructor(private readonly file: string) {}

  static inDataDir(dataDir: string): FileTokenVault {
    return new FileTokenVault(join(dataDir, 'desk', 'token'));
  }

  async read(): Promise<string | null> {
    try {
      return (await readFile(this.file, 'utf8')).trim() || null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(token: string): Promise<void> {
    await mkdir(join(this.file, '..'), { recursive: true });
    const handle = await open(this.file, 'w', 0o600);
    try {
      await handle.chmod(0o600); // an older file may have been created with other bits
      await handle.writeFile(token);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(this.file, 0o600);
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

const DeskSettingsSchema = z.object({
  url: z.string().max(2000),
  allowInsecure: z.boolean().default(false),
  /** What the desk is called here ("City desk"), for the status bar; the desk names its users itself. */
  name: z.string().max(200).default(''),
  /** Connect when the app starts (Settings → Desk's Connect and Disconnect set it). */
  connect: z.boolean().default(true),
});
export type DeskSettings = z.input<typeof DeskSettingsSchema>;
export type SavedDeskSettings = z.output<typeof DeskSettingsSchema>;

/**
 * Settings → Desk: the address in `<data>/desk/desk.json`, the token in a vault. No file means no desk,
 * and a Copydesk with no desk works exactly as before.
 */
export class DeskSettingsStore {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly vault: TokenVault,
  ) {
    this.file = join(dataDir, 'desk', 'desk.json');
  }

  /** The desk to use, or null when none is set (or its token is gone). */
  async load(): Promise<DeskConfig | null> {
    const saved = await this.read();
    const token = await this.vault.read();
    if (!saved || !token) return null;
    return { url: saved.url, token, allowInsecure: saved.allowInsecure };
  }

  /** The saved settings without the token; null when none are saved (or the file is not ours to read). */
  async read(): Promise<SavedDeskSettings | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = DeskSettingsSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  }

  async hasToken(): Promise<boolean> {
    return (await this.vault.read()) !== null;
  }

  /**
   * Checks the address first: a refused address is never saved. A null token keeps the one saved
   * (Settings never shows a saved token, so saving the address again must not need it retyped).
   */
  async save(settings: DeskSettings, token: string | null): Promise<void> {
    const problem = deskAddressProblem(settings.url, settings.allowInsecure);
    if (problem) throw new Error(problem);
    if (token !== null) checkToken(token);
    else if (!(await this.hasToken())) throw new Error('Paste the token your desk chief gave you (it starts with cdk_).');
    await mkdir(join(this.file, '..'), { recursive: true });
    if (token !== null) await this.vault.write(token.trim());
    await writeFileDurably(this.file, JSON.stringify(DeskSettingsSchema.parse(settings), null, 2));
  }

  /** Connect at start, or not (Connect and Disconnect); nothing else changes. */
  async setConnect(connect: boolean): Promise<void> {
    const saved = await this.read();
    if (saved) await writeFileDurably(this.file, JSON.stringify({ ...saved, connect }, null, 2));
  }

  async forget(): Promise<void> {
    await rm(this.file, { force: true });
    await this.vault.clear();
  }
}

export function checkToken(token: string): void {
  if (!/^cdk_[A-Za-z0-9_-]{43}$/.test(token.trim()))
    throw new Error('That is not a desk token: it starts with cdk_ and is 47 characters long. Ask your desk chief for one.');
}
