import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../cli/main.ts');

/** A free loopback port (the OS picks it; we close and reuse it at once). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Starts a process and resolves once a line of its output matches `ready`. */
export function startProcess(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining, or a chatty child blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        done(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    // A process that does not stop on SIGTERM within 15 s is killed: a test never hangs on a child.
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill(signal);
  });
}

export const startRedis = (port: number): Promise<ChildProcess> =>
  startProcess(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    /Ready to accept connections/,
  );

export function startDesk(port: number, db: string, redisPort: number, name: string): Promise<ChildProcess> {
  return startProcess(
    process.execPath,
    [
      '--import',
      'tsx',
      CLI,
      'desk',
      'serve',
      '--port',
      String(port),
      '--db',
      db,
      '--redis',
      `redis://127.0.0.1:${redisPort}`,
      '--name',
      name,
    ],
    /Desk listening/,
  );
}

export interface CliRun {
  child: ChildProcess;
  result: Promise<{ code: number; out: string; err: string }>;
}

/** Starts the CLI (through tsx, as `npx copydesk` runs it); `result` resolves when it exits. */
export function spawnCli(args: string[]): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const result = new Promise<{ code: number; out: string; err: string }>((done) =>
    child.once('exit', (code) => done({ code: code ?? 1, out, err })),
  );
  return { child, result };
}

export const runCli = (args: string[]) => spawnCli(args).result;
