/**
 * Saved-page import benchmark: tsx bench/importBench.ts [--compare] [--pages]
 * Over the real pages in testing/webPages, prints the body F1 (4-word shingles; precision and recall
 * averaged per page) and the share of fields right (headline, standfirst, byline, publish time),
 * separately for the pages tuned on and the pages kept aside, and the time per page scaled to 1 MB.
 * --compare also runs the candidate extractors (the seed importer, Readability over linkedom,
 * Defuddle over linkedom) on the same pages; --pages prints each page's row.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../testing/webPages/corpus';
import { copydeskPipeline, defuddleLinkedom, readabilityLinkedom, seedImporter, type Extractor } from './import/candidates';
import { decodePage } from '../formats/html/webPage/pageCharset';
import { scorePage, summarise, type PageScore } from './import/scorePage';
import { median, machine } from './stats';

const { values } = parseArgs({ options: { compare: { type: 'boolean', default: false }, pages: { type: 'boolean', default: false } } });
const corpus = loadCorpus();
const decode = (bytes: Uint8Array) => decodePage(bytes).text;

const extractors: [string, Extractor][] = [
  ['copydesk pipeline', copydeskPipeline],
  ['seed importer', seedImporter],
  ['readability+linkedom', readabilityLinkedom],
  ['defuddle+linkedom', defuddleLinkedom],
];

console.log(`Machine: ${machine()}`);
for (const [name, extract] of values.compare ? extractors : extractors.slice(0, 1)) {
  const scores: PageScore[] = [];
  for (const page of corpus) {
    const html = decode(page.bytes);
    extract(html); // warm-up, so the timing is of the work and not of loading code
    const runs: number[] = [];
    const cpu: number[] = [];
    let got = extract(html);
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      got = extract(html);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      runs.push(performance.now() - started);
    }
    scores.push({ ...scorePage(page, got, median(runs)), cpuMs: median(cpu) });
  }
  report(name, scores);
}

function report(name: string, scores: PageScore[]): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const set of ['tuning', 'heldOut'] as const) {
    const s = summarise(scores.filter((p) => p.set === set));
    console.log(
      `${name.padEnd(22)} ${set.padEnd(8)} pages ${s.pages}  body F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})  fields ${s.fieldsRight}/${s.fieldsChecked} = ${pct(s.fieldsRight / s.fieldsChecked)}`,
    );
  }
  // Speed is judged on the pages near 1 MB, as the target is stated; small pages carry a fixed cost that
  // would inflate a per-MB figure. CPU time is printed beside wall time because this machine is shared.
  const large = scores.filter((p) => p.bytes >= 512 * 1024);
  const perMb = (pick: (p: PageScore) => number) => median(large.map((p) => pick(p) / (p.bytes / 1048576)));
  console.log(
    `${name.padEnd(22)} time: median ${median(scores.map((p) => p.ms)).toFixed(1)} ms per page (${scores.length} pages); ` +
      `pages of 0.5 MB and more (${large.length}): median ${perMb((p) => p.ms).toFixed(1)} ms per MB wall, ${perMb((p) => p.cpuMs ?? p.ms).toFixed(1)} ms per MB CPU`,
  );
  // Over every page, weighted by size: total CPU over total megabytes (pages whose scripts were emptied at
  // copy time are lighter than they arrived, so this row says less about speed than the one above).
  const totalMb = scores.reduce((sum, p) => sum + p.bytes / 1048576, 0);
  const totalCpu = scores.reduce((sum, p) => sum + (p.cpuMs ?? p.ms), 0);
  console.log(`${name.padEnd(22)} all ${scores.length} pages: ${(totalCpu / totalMb).toFixed(1)} ms CPU per MB (${totalMb.toFixed(2)} MB)`);
  if (values.pages) {
    for (const p of scores) {
      const wrong = Object.entries(p.fields)
        .filter(([, ok]) => !ok)
        .map(([f]) => f);
      console.log(
        `  ${p.set === 'tuning' ? 'T' : 'H'} ${p.page.padEnd(18)} F1 ${p.body ? p.body.f1.toFixed(3) : '  -  '} P ${p.body ? p.body.precision.toFixed(3) : '  -  '} R ${p.body ? p.body.recall.toFixed(3) : '  -  '}  ${p.ms.toFixed(0).padStart(4)} ms  wrong: ${wrong.join(', ') || '-'}`,
      );
    }
  }
}
