import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * "Other work": how many tasks (threads) outside the bench's own process tree are runnable, the
 * quantity the kernel's load average counts, minus the bench itself. The one-minute load average
 * cannot tell the bench's own fsyncs, worker threads and Chromium from other sessions' work, so on a
 * quiet 2-core machine the bench alone kept it at 1.2–2.3 and no row was judged.
 *
 * Counted: threads in state R (running or waiting for a CPU) and D (waiting on the disk, uninterruptibly).
 * D is counted because the kernel's load counts it and because another process's disk waits compete with
 * the bench's fsyncs and file reads (the save, open and build rows). Not counted: the bench process (all
 * its threads), every process descended from it (Chromium and its helpers, the load sampler, desk
 * servers), and kernel threads (no process to attribute them to; during a bench run they mostly flush
 * the bench's own writes: jbd2, kworker).
 */

/** PF_KTHREAD in /proc/[pid]/stat's flags: a kernel thread. */
const KERNEL_THREAD = 0x00200000;

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  flags: number;
  /** Clock ticks after boot: with the pid, names a process even after its pid is reused. */
  startTime: number;
}

/** One /proc/[pid]/stat or /proc/[pid]/task/[tid]/stat line; null if it is not one. The name may hold spaces and parentheses. */
export function parseStat(line: string): ProcStat | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(line.slice(0, open).trim());
  // After the name: state ppid pgrp session tty_nr tpgid flags minflt … (field 3 onwards), starttime is field 22.
  const rest = line
    .slice(close + 1)
    .trim()
    .split(' ');
  const [state, ppid, flags, startTime] = [rest[0], Number(rest[1]), Number(rest[6]), Number(rest[19])];
  if (!Number.isInteger(pid) || state === undefined || !Number.isInteger(ppid) || !Number.isFinite(flags)) return null;
  return { pid, comm: line.slice(open + 1, close), state, ppid, flags, startTime };
}

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    // A process or thread that exited between the listing and the read.
    return null;
  }
};

const numericEntries = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
};

export function readProcesses(procRoot: string): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of numericEntries(procRoot)) {
    const text = readText(join(procRoot, name, 'stat'));
    const stat = text === null ? null : parseStat(text);
    if (stat) out.push(stat);
  }
  return out;
}

const keyOf = (p: ProcStat) => `${p.pid}@${p.startTime}`;

/**
 * The bench's process tree: `rootPid` and its descendants, plus every process seen in it before
 * (`seen`, updated), so a child that daemonises and is re-parented to init is still the bench's own.
 */
export function benchTree(processes: readonly ProcStat[], rootPid: number, seen: Set<string>): Set<number> {
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) {
    const siblings = children.get(p.ppid);
    if (siblings) siblings.push(p);
    else children.set(p.ppid, [p]);
  }
  const tree = new Set<number>();
  const stack = processes.filter((p) => p.pid === rootPid || seen.has(keyOf(p)));
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (tree.has(p.pid)) continue;
    tree.add(p.pid);
    seen.add(keyOf(p));
    stack.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

export const isRunnable = (state: string): boolean => state === 'R' || state === 'D';

/** The runnable threads of the processes outside the bench's tree, kernel threads left out. */
export function otherRunnableThreads(
  procRoot: string,
  rootPid: number,
  seen: Set<string>,
): Array<{ pid: number; tid: number; comm: string }> {
  const processes = readProcesses(procRoot);
  const tree = benchTree(processes, rootPid, seen);
  const out: Array<{ pid: number; tid: number; comm: string }> = [];
  for (const p of processes) {
    if (tree.has(p.pid) || (p.flags & KERNEL_THREAD) !== 0) continue;
    const tids = numericEntries(join(procRoot, String(p.pid), 'task'));
    // A single-threaded process's own stat is its one thread's; otherwise each thread has a state of its own.
    if (tids.length <= 1) {
      if (isRunnable(p.state)) out.push({ pid: p.pid, tid: p.pid, comm: p.comm });
      continue;
    }
    for (const tid of tids) {
      const text = readText(join(procRoot, String(p.pid), 'task', tid, 'stat'));
      const thread = text === null ? null : parseStat(text);
      if (thread && isRunnable(thread.state)) out.push({ pid: p.pid, tid: thread.pid, comm: thread.comm });
    }
  }
  return out;
}

export const countOtherRunnable = (procRoot: string, rootPid: number, seen: Set<string>): number =>
  otherRunnableThreads(procRoot, rootPid, seen).length;

/** Mean of the samples taken between `from` and `to` (ms since the epoch); NaN when there are none. */
export function meanBetween(samples: ReadonlyArray<{ at: number; runnable: number }>, from: number, to: number): number {
  let sum = 0;
  let n = 0;
  for (const s of samples)
    if (s.at >= from && s.at <= to) {
      sum += s.runnable;
      n++;
    }
  return n === 0 ? NaN : sum / n;
}
