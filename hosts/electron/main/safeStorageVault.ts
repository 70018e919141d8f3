import type { SafeStorage } from 'electron';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TokenVault } from '../../../backend/desk/deskSettings';
import { writeFileDurably } from '../../../backend/store/durableWrite';

/**
 * The desk token encrypted with the operating system's keychain (Electron's `safeStorage`: Keychain on
 * macOS, DPAPI on Windows, libsecret/kwallet on Linux). Where no keychain is available (`basic_text`
 * on a bare Linux session) the token is refused rather than stored as good as plain text.
 */
export class SafeStorageVault implements TokenVault {
  private readonly file: string;

  constructor(
    private readonly safeStorage: SafeStorage,
    dataDir: string,
  ) {
    this.file = join(dataDir, 'desk', 'token.enc');
  }

  async read(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!this.safeStorage.isEncryptionAvailable()) return null;
    return this.safeStorage.decryptString(bytes);
  }

  async write(token: string): Promise<void> {
    if (!this.safeStorage.isEncryptionAvailable())
      throw new Error('This system has no keychain to keep the desk token in: set one up (e.g. GNOME Keyring) and try again.');
    if (process.platform === 'linux' && this.safeStorage.getSelectedStorageBackend() === 'basic_text') {
      throw new Error('The only keychain available stores the token as plain text: set up GNOME Keyring or KWallet and try again.');
    }
    await writeFileDurably(this.file, this.safeStorage.encryptString(token));
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
