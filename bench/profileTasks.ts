/** Cuts a V8 CPU profile into busy stretches (tasks) and names what each long one spent its time on. */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function frameName(node: CpuProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
}

/** One line per task of at least `longMs`: its length and the functions (inclusive time) that filled it. */
export function summariseTasks(profile: CpuProfile, longMs: number, top = 14): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const lines: string[] = [];
  let task: { start: number; ms: number; inclusive: Map<string, number>; self: Map<string, number> } | null = null;
  let time = profile.startTime;
  const close = () => {
    if (task && task.ms >= longMs) {
      const rank = (m: Map<string, number>) =>
        [...m.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
      lines.push(`task at ${((task.start - profile.startTime) / 1000).toFixed(0)} ms: ${task.ms.toFixed(1)} ms`);
      lines.push('  inclusive:', ...rank(task.inclusive), '  self:', ...rank(task.self));
    }
    task = null;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    time += profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i]!)!;
    if (node.callFrame.functionName === '(idle)') {
      close();
      continue;
    }
    task ??= { start: time, ms: 0, inclusive: new Map(), self: new Map() };
    task.ms += ms;
    const selfName = frameName(node);
    task.self.set(selfName, (task.self.get(selfName) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = frameName(byId.get(id)!);
      if (seen.has(name) || name === '(root)') continue;
      seen.add(name);
      task.inclusive.set(name, (task.inclusive.get(name) ?? 0) + ms);
    }
  }
  close();
  return lines;
}
