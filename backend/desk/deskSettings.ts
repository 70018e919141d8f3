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

const DeskSettingsSchema = z.object({ url: z.string().max(2000), allowInsecure: z.boolean().default(false) });
export type DeskSettings = z.infer<typeof DeskSettingsSchema>;

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
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = DeskSettingsSchema.safeParse(JSON.parse(raw));
    const token = await this.vault.read();
    if (!parsed.success || !token) return null;
    return { url: parsed.data.url, token, allowInsecure: parsed.data.allowInsecure };
  }

  /** Checks the address first: a refused address is never saved. */
  async save(settings: DeskSettings, token: string): Promise<void> {
    const problem = deskAddressProblem(settings.url, settings.allowInsecure);
    if (problem) throw new Error(problem);
    if (!/^cdk_[A-Za-z0-9_-]{43}$/.test(token.trim()))
      throw new Error('That is not a desk token: it starts with cdk_ and is 47 characters long. Ask your desk chief for one.');
    await mkdir(join(this.file, '..'), { recursive: true });
    await this.vault.write(token.trim());
    await writeFileDurably(this.file, JSON.stringify(DeskSettingsSchema.parse(settings), null, 2));
  }

  async forget(): Promise<void> {
    await rm(this.file, { force: true });
    await this.vault.clear();
  }
}
