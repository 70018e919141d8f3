/**
 * Names the step an app launch is stuck in. The e2e fixture's setup once ran out of the whole 30 s test
 * timeout under load with nothing to say where ("Test timeout … while setting up 'app'"); Playwright
 * reports a fixture's timeout without the call it was waiting on. The watch writes one line to stderr
 * (the list reporter prints it beside the failure) once a launch has run `afterMs`, naming the step it is
 * in and how long each earlier step took. It changes nothing about the launch: no retry, no extra time.
 */
export interface LaunchWatch {
  /** Called as each step begins (the browser host's onStep). */
  step(name: string): void;
  /** The launch ended, either way: stop watching. */
  done(): void;
}

export interface LaunchWatchOptions {
  /** When to speak up: well past a loaded launch (≤ 4 s at load 14 on 2 cores) and before the test times out. */
  afterMs?: number;
  write?: (line: string) => void;
  now?: () => number;
}

export function watchLaunch(label: string, options: LaunchWatchOptions = {}): LaunchWatch {
  const afterMs = options.afterMs ?? 20_000;
  const write = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const started = now();
  const steps: Array<{ name: string; at: number }> = [];
  const timer = setTimeout(() => {
    const current = steps.at(-1);
    const earlier = steps
      .slice(0, -1)
      .map((s, i) => `${s.name} ${steps[i + 1]!.at - s.at} ms`)
      .join(', ');
    const where = current ? `in "${current.name}" for ${now() - current.at} ms` : 'before its first step';
    write(
      `[launch watch] ${label}: the app's launch is still running after ${now() - started} ms, ${where}${earlier ? ` (before: ${earlier})` : ''}`,
    );
  }, afterMs);
  // The watch must never keep a process alive on its own.
  timer.unref?.();
  return {
    step: (name) => void steps.push({ name, at: now() }),
    done: () => clearTimeout(timer),
  };
}
