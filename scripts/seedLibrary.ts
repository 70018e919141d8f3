/**
 * Fills a data dir with generated articles, through the real store:
 *   tsx scripts/seedLibrary.ts --count 10000 --data DIR [--seed N] [--long-reads 3]
 * The same seed gives the same library; one article carries KNOWN_PHRASE for the e2e search spec.
 */
import { parseArgs } from 'node:util';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { KNOWN_PHRASE } from '../testing/library/articleGenerator';
import { seedStore } from '../testing/library/seedStore';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    data: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'long-reads': { type: 'string', default: '3' },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
const longReads = Number(values['long-reads']);
if (!values.data || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !Number.isInteger(longReads) || longReads < 0) {
  console.error('Usage: tsx scripts/seedLibrary.ts --count N --data DIR [--seed N] [--long-reads N]');
  process.exit(2);
}
const dataDir = resolve(values.data);
const existing = await readdir(resolve(dataDir, 'articles')).catch(() => []);
if (existing.length > 0) console.warn(`Note: ${dataDir} already holds ${existing.length} articles; adding ${count} more.`);

const result = await seedStore({
  dataDir,
  count,
  seed,
  longReads,
  onProgress: (done, total) => process.stdout.write(`\r  ${done} / ${total} articles`),
});
process.stdout.write('\n');
console.log(`Seeded ${result.count} articles into ${dataDir} in ${(result.ms / 1000).toFixed(1)} s.`);
console.log(`"${KNOWN_PHRASE}" is in article ${result.knownId}; long reads: ${result.longReadIds.join(', ') || 'none'}.`);
