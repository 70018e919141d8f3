/**
 * Summarises a Chromium performance trace: each long task on the page's main thread with the time its
 * rendering steps took (style, layout, paint) and what they touched, which a CPU profile lumps together
 * as "(program)".
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; elementCount?: number; beginData?: Record<string, unknown>; data?: Record<string, unknown> };
}

const STEPS = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'HitTest',
  'ScrollLayer',
  'UpdateLayer',
  'IntersectionObserverController::computeIntersections',
  'ParseHTML',
  'v8.run',
]);

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.add(`${e.pid}:${e.tid}`);
  return threads;
}

/** One block per task of at least `longMs` on a renderer main thread. */
export function summariseTrace(events: readonly TraceEvent[], longMs: number): string[] {
  const threads = mainThreads(events);
  const onMain = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= longMs);
  const start = Math.min(...onMain.map((e) => e.ts));
  const lines: string[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && STEPS.has(e.name));
    const totals = new Map<string, { ms: number; n: number; detail: string }>();
    for (const e of inside) {
      let label = e.name;
      if (e.name === 'EventDispatch' || e.name === 'TimerFire') label += ` ${String(e.args?.data?.type ?? e.args?.data?.timerId ?? '')}`;
      if (e.name === 'FunctionCall')
        label += ` ${String(e.args?.data?.functionName ?? '')} ${String(e.args?.data?.url ?? '')
          .split('/')
          .pop()}`;
      const t = totals.get(label) ?? { ms: 0, n: 0, detail: '' };
      t.ms += (e.dur ?? 0) / 1000;
      t.n += 1;
      if (e.name === 'UpdateLayoutTree') t.detail = `elements ${String(e.args?.elementCount ?? '?')}`;
      if (e.name === 'Layout') t.detail = `dirty ${String(e.args?.beginData?.dirtyObjects)} of ${String(e.args?.beginData?.totalObjects)}`;
      totals.set(label, t);
    }
    lines.push(`task at ${((task.ts - start) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`);
    for (const [label, t] of [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
      lines.push(`    ${t.ms.toFixed(1).padStart(7)} ms ×${t.n}  ${label}${t.detail ? ` (${t.detail})` : ''}`);
  }
  return lines;
}

const at = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/**
 * Thread time (CPU) of the main thread's tasks: the tasks that handle a keydown, and every other task
 * (debounced work, worker results, IPC replies, frames). Wall time on a loaded machine is mostly waiting
 * for a core; thread time is what the page itself costs.
 */
export function cpuSummary(events: readonly TraceEvent[]): string {
  const threads = mainThreads(events);
  const onMain = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const keydowns = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const keyTasks = new Set<TraceEvent>();
  for (const k of keydowns) {
    const task = tasks.find((t) => t.ts <= k.ts && k.ts < t.ts + (t.dur ?? 0));
    if (task) keyTasks.add(task);
  }
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const keys = [...keyTasks].map(cpu).sort((a, b) => a - b);
  const other = tasks.filter((t) => !keyTasks.has(t)).map(cpu);
  const long = other.filter((ms) => ms > 8);
  return (
    `keystroke tasks: ${keys.length}, CPU median ${at(keys, 0.5).toFixed(1)} ms, p95 ${at(keys, 0.95).toFixed(1)} ms, ` +
    `total ${keys.reduce((a, b) => a + b, 0).toFixed(0)} ms; other tasks over 8 ms CPU: ${long.length}, longest ` +
    `${Math.max(0, ...other).toFixed(1)} ms, total ${long.reduce((a, b) => a + b, 0).toFixed(0)} ms`
  );
}
