import { createConnection, createServer, type Server } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One Copydesk window per user: the first instance listens on a local socket in the app-data folder; a
 * second `npm start` finds it listening, asks it to come to the front, and exits. A socket left by a
 * crashed instance refuses the connection, and is then removed and taken over.
 */
export function instanceSocketPath(appData: string, platform: NodeJS.Platform = process.platform): string {
  // Windows has no socket files; a named pipe per app-data folder does the same job.
  return platform === 'win32'
    ? `\\\\.\\pipe\\copydesk-${Buffer.from(appData).toString('hex').slice(-40)}`
    : join(appData, 'app-window.sock');
}

export type InstanceClaim = { first: true; server: Server } | { first: false };

function askRunning(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(socketPath);
    socket.once('connect', () => {
      socket.end('focus\n');
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function listen(socketPath: string, onFocus: () => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        if (chunk.includes('focus')) onFocus();
      });
      socket.on('error', () => undefined);
    });
    server.once('error', reject);
    server.listen(socketPath, () => resolve(server));
  });
}

/** Becomes the one instance, or tells the running one to come forward and reports that it exists. */
export async function claimSingleInstance(socketPath: string, onFocus: () => void): Promise<InstanceClaim> {
  if (await askRunning(socketPath)) return { first: false };
  try {
    return { first: true, server: await listen(socketPath, onFocus) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    // Another instance may have started listening a moment ago; ask once more before taking over.
    if (await askRunning(socketPath)) return { first: false };
    // A socket file nobody answers on: left by an instance that crashed. Take it over.
    await rm(socketPath, { force: true });
    return { first: true, server: await listen(socketPath, onFocus) };
  }
}
