import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchTree, countOtherRunnable, meanBetween, otherRunnableThreads, parseStat, readProcesses } from './otherLoad';

const KTHREAD = 0x00200000;
/** A /proc/[pid]/stat line with the fields the sampler reads (state 3, ppid 4, flags 9, starttime 22). */
const statLine = (pid: number, comm: string, state: string, ppid: number, flags = 0x400000, start = 1000 + pid) =>
  `${pid} (${comm}) ${state} ${ppid} ${pid} ${pid} 0 -1 ${flags} 0 0 0 0 1 2 0 0 20 0 1 0 ${start} 3133440 411 0\n`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A fake /proc: each process with its threads' states (the first is the process's own). */
function fakeProc(processes: Array<{ pid: number; ppid: number; comm?: string; threads: string[]; flags?: number }>): string {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-fake-proc-'));
  roots.push(root);
  for (const p of processes) {
    const dir = join(root, String(p.pid));
    mkdirSync(join(dir, 'task'), { recursive: true });
    writeFileSync(join(dir, 'stat'), statLine(p.pid, p.comm ?? 'x', p.threads[0]!, p.ppid, p.flags));
    p.threads.forEach((state, i) => {
      const tid = i === 0 ? p.pid : p.pid * 100 + i;
      mkdirSync(join(dir, 'task', String(tid)));
      writeFileSync(join(dir, 'task', String(tid), 'stat'), statLine(tid, p.comm ?? 'x', state, p.ppid, p.flags));
    });
  }
  // Not a process: must be skipped.
  writeFileSync(join(root, 'loadavg'), '0.1 0.2 0.3 1/80 99\n');
  return root;
}

describe('other work: runnable threads outside the bench', () => {
  it('reads a stat line whose name holds spaces and parentheses', () => {
    expect(parseStat(statLine(42, 'Web Content (x) ', 'D', 7, KTHREAD, 555))).toEqual({
      pid: 42,
      comm: 'Web Content (x) ',
      state: 'D',
      ppid: 7,
      flags: KTHREAD,
      startTime: 555,
    });
    expect(parseStat('garbage')).toBeNull();
  });

  it('counts R and D threads of other processes, never the bench tree or kernel threads', () => {
    const proc = fakeProc([
      { pid: 1, ppid: 0, threads: ['S'] },
      { pid: 2, ppid: 0, comm: 'kthreadd', threads: ['S'], flags: KTHREAD },
      { pid: 50, ppid: 2, comm: 'jbd2/vda', threads: ['D'], flags: KTHREAD },
      // The bench: its worker threads, Chromium under it and Chromium's renderer under that.
      { pid: 100, ppid: 1, comm: 'node', threads: ['R', 'R', 'D'] },
      { pid: 101, ppid: 100, comm: 'chromium', threads: ['R', 'R'] },
      { pid: 102, ppid: 101, comm: 'chromium', threads: ['R'] },
      // Other work: one busy loop, a process with two of its three threads runnable, one waiting on disk, one asleep.
      { pid: 200, ppid: 1, comm: 'node', threads: ['R'] },
      { pid: 201, ppid: 1, comm: 'vitest', threads: ['S', 'R', 'R'] },
      { pid: 202, ppid: 1, comm: 'cp', threads: ['D'] },
      { pid: 203, ppid: 1, comm: 'bash', threads: ['S'] },
    ]);
    const seen = new Set<string>();
    expect([...benchTree(readProcesses(proc), 100, seen)].sort()).toEqual([100, 101, 102]);
    expect(otherRunnableThreads(proc, 100, seen).map((t) => t.tid)).toEqual([200, 20101, 20102, 202]);
    expect(countOtherRunnable(proc, 100, seen)).toBe(4);
  });

  it("keeps a child that left the bench's tree (re-parented to init) out of other work", () => {
    const seen = new Set<string>();
    const before = fakeProc([
      { pid: 100, ppid: 1, threads: ['S'] },
      { pid: 150, ppid: 100, comm: 'redis-server', threads: ['R'] },
    ]);
    expect(countOtherRunnable(before, 100, seen)).toBe(0);
    const after = fakeProc([
      { pid: 100, ppid: 1, threads: ['S'] },
      { pid: 150, ppid: 1, comm: 'redis-server', threads: ['R'] },
    ]);
    expect(countOtherRunnable(after, 100, seen)).toBe(0);
    // Never seen in the tree: someone else's.
    expect(countOtherRunnable(after, 100, new Set())).toBe(1);
  });

  it('averages the samples inside a window', () => {
    const samples = [0, 1, 2, 3].map((runnable, i) => ({ at: i * 500, runnable }));
    expect(meanBetween(samples, 500, 1000)).toBe(1.5);
    expect(meanBetween(samples, 2000, 3000)).toBeNaN();
  });

  it.runIf(process.platform === 'linux')('on the real /proc: a busy child of ours is the bench, a busy orphan is other work', async () => {
    const busy = 'for(;;){}';
    const child = spawn(process.execPath, ['-e', busy], { stdio: 'ignore' });
    // sh starts the loop in the background and exits at once, so the loop is re-parented: not ours.
    const orphan = Number(execFileSync('sh', ['-c', `"${process.execPath}" -e '${busy}' >/dev/null 2>&1 & echo $!`], { encoding: 'utf8' }));
    try {
      const seen = new Set<string>();
      const tree = benchTree(readProcesses('/proc'), process.pid, seen);
      expect(tree.has(child.pid!)).toBe(true);
      expect(tree.has(orphan)).toBe(false);
      // A busy loop is always runnable (R), running or waiting for a core.
      const others = otherRunnableThreads('/proc', process.pid, seen).map((t) => t.pid);
      expect(others).toContain(orphan);
      expect(others).not.toContain(child.pid);
      expect(others).not.toContain(process.pid);
    } finally {
      child.kill('SIGKILL');
      process.kill(orphan, 'SIGKILL');
    }
  });
});
