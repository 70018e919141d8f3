import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * What tells a process apart beyond its pid, which the system reuses: the boot it runs in and the
 * moment it started. After a crash and a reboot, a lock's pid may well belong to another process now.
 */

/** Linux's id of this boot; elsewhere the boot time to the minute (now minus uptime). */
export function currentBootId(): string {
  try {
    return `linux:${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}`;
  } catch {
    return `boot:${Math.round((Date.now() / 1000 - uptime()) / 60)}`;
  }
}

/** When `pid` started, in clock ticks since boot (Linux /proc/<pid>/stat field 22); null where unknown. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * True when the lock's recorded identity shows its pid no longer means its process: another boot, or a
 * process that started at another moment. Boot ids from other schemes (another OS) are not compared
 * beyond their kind; without a recorded identity (locks from earlier versions) nothing is concluded.
 */
export function identityGone(recorded: { boot?: string; pidStart?: string | null }, pid: number): boolean {
  const boot = currentBootId();
  if (recorded.boot !== undefined && kind(recorded.boot) === kind(boot)) {
    if (kind(boot) === 'linux' ? recorded.boot !== boot : Math.abs(Number(recorded.boot.slice(5)) - Number(boot.slice(5))) > 2) return true;
  }
  if (recorded.pidStart) {
    const now = processStartOf(pid);
    if (now !== null && now !== recorded.pidStart) return true;
  }
  return false;
}

const kind = (id: string) => id.slice(0, id.indexOf(':'));
