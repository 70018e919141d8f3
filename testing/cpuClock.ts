/**
 * A stopwatch of this process's CPU time, for tests that prove work is bounded ("refused before parsing",
 * "linear, not quadratic"). Wall time is stretched by whatever else the machine runs, so a wall-clock bound
 * is flaky under load; CPU time is not. Speed targets themselves live in `npm run bench`, not in tests.
 */
export function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
