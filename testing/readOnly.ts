import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

const isRoot = process.getuid?.() === 0;

/**
 * Makes a file or folder unwritable even for root (CI runs as root, which ignores permission bits):
 * the immutable attribute where we are root, plain permissions otherwise. Returns the undo.
 */
export async function makeReadOnly(path: string): Promise<() => Promise<void>> {
  if (isRoot) {
    execFileSync('chattr', ['+i', path]);
    return async () => {
      execFileSync('chattr', ['-i', path]);
    };
  }
  await chmod(path, 0o555);
  return () => chmod(path, 0o755);
}
