import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { paragraph } from '../../core/article/bodySchema';
import { backUpTo, restoreInto } from '../backup/backupService';
import { recordSteps } from '../../testing/faultInjection';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { ArticleStore } from './articleStore';
import { AssetStore } from './assetStore';
import { isTempFileName } from './durableWrite';
import type { FsStep } from './fsLayer';
import { SettingsStore } from './settings';

/**
 * Issue 19 item 3: a SIGKILL keeps the OS cache, so the crash test cannot see a missing fsync. This
 * checks the write sequence itself. Every file the store, the backup and the restore write lands as
 * temp file → write → fsync → close → rename over the target → fsync of the target's folder, and no
 * file is ever created in place. The steps come from the fs layer every write goes through; one test
 * also reads the real syscalls with strace, so a layer that only pretends is caught too.
 */
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-sequence-')));
afterEach(() => cleanup());

/** Every target the steps wrote, each checked for the durable sequence; returns the targets' base names. */
function durableTargets(steps: FsStep[]): string[] {
  const targets: string[] = [];
  steps.forEach((step, i) => {
    if (step.op === 'create')
      expect(isTempFileName(basename(step.path)), `${step.path} is created in place, not as a temp file`).toBe(true);
    if (step.op !== 'rename' || !isTempFileName(basename(step.path))) return;
    const temp = step.path;
    const mine = steps
      .slice(0, i)
      .filter((s) => s.path === temp)
      .map((s) => s.op);
    expect(mine, `the steps on ${temp} before its rename`).toEqual(['create', 'write', 'fsync', 'close']);
    const folderSynced = steps.slice(i + 1).some((s) => s.op === 'fsync-dir' && s.path === dirname(step.to!));
    expect(folderSynced, `the folder of ${step.to} is fsynced after the rename`).toBe(true);
    targets.push(basename(step.to!));
  });
  return targets;
}

const body = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });

describe('the durable write sequence', () => {
  it('for articles, revisions, the index and the open marker', async () => {
    const store = await ArticleStore.open(dir, { revisionIntervalMs: 0 });
    const { steps } = await recordSteps(async () => {
      const a = await store.create({ headline: 'One', body: body('first') });
      await store.save({ ...a, body: body('second'), status: 'published' });
      await store.close();
    });
    const targets = durableTargets(steps);
    expect(targets.filter((t) => /^[0-9a-f-]{36}\.json$/.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(targets.some((t) => /^\d{8}T\d{9}Z-[0-9a-f]{6}\.json$/.test(t))).toBe(true);
    expect(targets).toContain('index.json');
    expect(targets).toContain('library.json');
  });

  it('for assets and settings', async () => {
    const png = await readFile(join(import.meta.dirname, '../../assets/icons/24x24.png'));
    const settings = await SettingsStore.open(dir);
    const { steps } = await recordSteps(async () => {
      await new AssetStore(join(dir, 'assets')).storeImage(
        await mkdir(join(dir, 'assets'), { recursive: true }).then(() => png),
        'icon.png',
      );
      await settings.clearRecent();
      await settings.flush();
    });
    const targets = durableTargets(steps);
    expect(targets.some((t) => /^[0-9a-f]{64}\.png$/.test(t))).toBe(true);
    expect(targets).toContain('settings.json');
  });

  it('for backups and restores, with the new folders and the swap fsynced too', async () => {
    const library = join(dir, 'library');
    const store = await ArticleStore.open(library);
    await store.create({ headline: 'Backed up' });
    await store.close();
    await mkdir(join(dir, 'out'));
    const backup = await recordSteps(() => backUpTo(library, join(dir, 'out'), 'test', new Date()));
    expect(durableTargets(backup.steps)).toEqual([basename(backup.result.path)]);
    const restore = await recordSteps(() => restoreInto(library, backup.result.path, new Date()));
    const targets = durableTargets(restore.steps);
    expect(targets.filter((t) => t.endsWith('.json')).length).toBe(backup.result.files);
    const ops = restore.steps.map((s) => `${s.op} ${s.path.replace(dir, '')}`);
    // Each new folder's entry is fsynced (articles/ inside the staging folder, then the staging folder)…
    const folderSyncs = ops.filter((o) => o.startsWith('fsync-dir')).map((o) => o.replace(/-restoring-\w+/, '-restoring'));
    expect(folderSyncs).toEqual(expect.arrayContaining(['fsync-dir /library-restoring/articles', 'fsync-dir /library-restoring']));
    // …and the swap: the old library set aside, the new one renamed in, then their parent fsynced.
    const swapped = ops.findIndex((o) => /^rename \/library-restoring-\w+$/.test(o));
    expect(ops[swapped - 1]).toMatch(/^rename \/library$/);
    expect(restore.steps.slice(swapped + 1).some((s) => s.op === 'fsync-dir' && s.path === dir)).toBe(true);
  });
});

/** Only where strace is installed (.ci/run installs it). */
const hasStrace = spawnSync('strace', ['-V']).status === 0;

describe.runIf(hasStrace)('the real syscalls (strace)', () => {
  it('a save: temp write, fsync of that file, rename over the article, fsync of the articles folder', () => {
    const script = join(dir, 'save.mts');
    const storeModule = join(import.meta.dirname, 'articleStore.ts');
    execFileSync('sh', [
      '-c',
      `cat > ${script} <<'EOF'
import { ArticleStore } from ${JSON.stringify(storeModule)};
const store = await ArticleStore.open(${JSON.stringify(join(dir, 'lib'))});
const a = await store.create({ headline: 'Traced' });
process.stdout.write('ID ' + a.id + '\\n');
await store.close();
EOF`,
    ]);
    const trace = join(dir, 'trace.txt');
    const out = execFileSync(
      'strace',
      [
        '-f',
        '-qq',
        '-e',
        'trace=openat,fsync,fdatasync,rename,renameat,renameat2,close',
        '-y',
        '-o',
        trace,
        process.execPath,
        '--import',
        'tsx',
        script,
      ],
      { encoding: 'utf8' },
    );
    const id = /ID (\S+)/.exec(out)![1]!;
    const lines = execFileSync('cat', [trace], { encoding: 'utf8' }).split('\n');
    const article = `${id}.json`;
    // The rename onto the article file, from a temp file beside it.
    const renameAt = lines.findIndex((l) => /rename/.test(l) && l.includes(`/articles/${article}"`) && /\.tmp"/.test(l));
    expect(renameAt, 'a rename of a temp file onto the article').toBeGreaterThan(-1);
    const temp = /"([^"]*\.tmp)"/.exec(lines[renameAt]!)![1]!;
    // Before it: that temp file's descriptor was fsynced (strace -y shows the path behind each fd).
    expect(
      lines.slice(0, renameAt).some((l) => /^\d+\s+f(data)?sync\(\d+</.test(l) && l.includes(`${temp}>`)),
      `fsync of ${temp} before the rename`,
    ).toBe(true);
    // After it: the articles folder's descriptor was fsynced.
    expect(
      lines.slice(renameAt).some((l) => /^\d+\s+f(data)?sync\(\d+</.test(l) && l.includes('/articles>')),
      'fsync of the articles folder after the rename',
    ).toBe(true);
  });
});
