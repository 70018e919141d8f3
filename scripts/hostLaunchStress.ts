// The e2e fixture's launch + close cycle, many times over, each step timed (issue 12: a loaded run once spent
// its whole 30 s test timeout "setting up 'app'"). Run it beside load to look for a stall:
//   npm run build && npx tsx scripts/hostLaunchStress.ts [CYCLES=200] [--edit] [--slow-ms=10000]
// --edit types into a new article just before each close, so the close flushes a pending save, as a test's does.
// Each cycle's steps come from the browser host's own onStep hook, so this times the real launch, not a copy.
// A cycle that takes longer than --slow-ms is printed with the step it was in; one over 60 s ends the run.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowserHost, type HostLaunchStep } from '../hosts/browser/browserHost';

const args = process.argv.slice(2);
const cycles = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const edit = args.includes('--edit');
const slowMs = Number(args.find((a) => a.startsWith('--slow-ms='))?.split('=')[1] ?? 10_000);
const HANG_MS = 60_000;

type Step = HostLaunchStep | 'app ready' | 'edit' | 'close';
let current: { step: Step; at: number } = { step: 'open the backend', at: Date.now() };

async function cycle(): Promise<Partial<Record<Step, number>>> {
  const times: Partial<Record<Step, number>> = {};
  const begin = (step: Step) => {
    const now = Date.now();
    times[current.step] = (times[current.step] ?? 0) + now - current.at;
    current = { step, at: now };
  };
  const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-stress-'));
  try {
    const session = await launchBrowserHost({ dataDir, onStep: begin });
    begin('app ready');
    const { page } = session;
    await page.getByRole('button', { name: 'New article' }).first().waitFor();
    if (edit) {
      begin('edit');
      await page.getByRole('button', { name: 'New article' }).first().click();
      await page.getByLabel('Headline', { exact: true }).fill('A story closed mid-save');
      await page.getByTestId('body-editor').click();
      await page.keyboard.insertText('A few words typed just before the window closes.');
    }
    begin('close');
    await session.close();
    begin('open the backend');
    return times;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const totals: number[] = [];
  const worst: Partial<Record<Step, number>> = {};
  let failed = 0;
  let slow = 0;
  for (let i = 0; i < cycles; i++) {
    const start = Date.now();
    current = { step: 'open the backend', at: start };
    const watchdog = setInterval(() => {
      console.log(`cycle ${i}: ${Date.now() - start} ms so far, in "${current.step}" for ${Date.now() - current.at} ms`);
    }, slowMs);
    let hang: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      cycle().then((times) => ({ times, error: null as string | null })),
      new Promise<{ times: null; error: string }>((resolve) => {
        hang = setTimeout(() => resolve({ times: null, error: `hung in "${current.step}"` }), HANG_MS);
      }),
    ]).catch((error: unknown) => ({ times: null, error: String(error).split('\n')[0]! }));
    clearInterval(watchdog);
    clearTimeout(hang);
    const total = Date.now() - start;
    totals.push(total);
    if (!outcome.times) {
      failed++;
      console.log(`cycle ${i} FAILED after ${total} ms: ${outcome.error}`);
      if (outcome.error.startsWith('hung')) break;
      continue;
    }
    for (const [step, ms] of Object.entries(outcome.times) as Array<[Step, number]>) worst[step] = Math.max(worst[step] ?? 0, ms);
    if (total > slowMs) slow++;
    if (total > slowMs || i % 20 === 0)
      console.log(`cycle ${i}: ${total} ms ${JSON.stringify(outcome.times)} load ${loadavg()[0]!.toFixed(1)}`);
  }
  totals.sort((a, b) => a - b);
  const at = (p: number) => totals[Math.min(totals.length - 1, Math.floor(p * totals.length))];
  console.log(
    `${totals.length} cycles${edit ? ' (with an edit before each close)' : ''}: ${failed} failed or hung, ${slow} over ${slowMs} ms; ` +
      `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${totals.at(-1)} ms; slowest step times ${JSON.stringify(worst)}`,
  );
  process.exit(failed ? 1 : 0);
}

void main();
