import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Opens a folder in the system's file manager; the Electron-free hosts' stand-in for shell.openPath. */
export interface FileManager {
  readonly name: string;
  open(folder: string): Promise<void>;
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** The platform's opener (xdg-open, open, explorer), or null when this computer has none (a server, a container). */
export function findFileManager(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): FileManager | null {
  const command = platform === 'darwin' ? onPath('open', env) : platform === 'win32' ? 'explorer.exe' : onPath('xdg-open', env);
  if (!command) return null;
  return {
    name: command,
    open: (folder) =>
      new Promise((resolve, reject) => {
        // Detached and unwaited: the file manager outlives this call, and its output is not ours.
        const child = spawn(command, [folder], { detached: true, stdio: 'ignore' });
        child.once('error', reject);
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      }),
  };
}
