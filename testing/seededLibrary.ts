import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { seedStore } from './library/seedStore';

const CACHE = resolve(import.meta.dirname, '../e2e/.data');

export interface SeededLibrary {
  knownId: string;
}

/**
 * A generated library of `count` realistic articles, made once through the real store and cached, then
 * copied into each test's fresh data dir (a copy is far quicker than writing 2,000 articles again).
 */
export async function copySeededLibrary(count: number, into: string): Promise<SeededLibrary> {
  const template = join(CACHE, `library-${count}`);
  const marker = join(template, 'seeded.json');
  let seeded: SeededLibrary;
  try {
    seeded = JSON.parse(await readFile(marker, 'utf8')) as SeededLibrary;
  } catch {
    await rm(template, { recursive: true, force: true });
    await mkdir(template, { recursive: true });
    const result = await seedStore({ dataDir: template, count, seed: 7, longReads: 1 });
    seeded = { knownId: result.knownId };
    await writeFile(marker, JSON.stringify(seeded));
  }
  await cp(template, into, { recursive: true, filter: (src) => !src.endsWith('seeded.json') });
  return seeded;
}
