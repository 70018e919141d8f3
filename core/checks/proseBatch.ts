import { VFile } from 'vfile';
import { equalityProcessor, hasProse, processor, processorWithoutEquality, proseFailed, proseFinding, proseFindings } from './proseRules';
import type { BlockFinding } from './types';

/**
 * The retext pass over many blocks in one run of the processor. Each block is parsed on its own (the same
 * tree proseFindings would build), its positions moved to where it sits in one virtual text, and all the
 * trees run through the plugins together under one root. That matters because most of a per-block run
 * was set-up, not reading: nlcst-search rebuilds its phrase index on every call, and retext-equality
 * (two searches over ~1,400 phrases, per paragraph), retext-simplify and retext-passive call it once per
 * run. retext-equality gets every sentence of the batch under one paragraph node (its matches never cross
 * a sentence, and without its `binary` option each match is reported on its own); the other plugins get
 * the real paragraphs (retext-quotes starts its quote nesting afresh in each). Every plugin works within a
 * paragraph or a sentence, so the findings are the same as one run per block (proseBatch.test.ts compares
 * them on a 20,000-word article and real pages); only the order of inclusive-language findings within a
 * block may differ, and the Checker puts every block's findings in one total order.
 */

/** Characters between two blocks in the virtual text (never inside a block, so an offset names one block). */
const GAP = 2;

interface Point {
  line: number;
  column: number;
  offset?: number;
}
/** The part of an nlcst node this file touches. */
interface Positioned {
  type: string;
  position?: { start: Point; end: Point };
  children?: Positioned[];
}

/**
 * Moves every position in `tree` `shift` characters on, in place. parse-latin shares point objects between
 * nodes (a word and its text, a sentence and its first word), so each point is moved once; copying them
 * instead doubled the allocation of a full check, and the collector's time with it.
 */
function shiftPositions(tree: Positioned, shift: number): void {
  if (shift === 0) return;
  const moved = new Set<Point>();
  const move = (point: Point): void => {
    if (moved.has(point)) return;
    moved.add(point);
    point.offset = (point.offset ?? 0) + shift;
  };
  const stack: Positioned[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

/** The index of the block holding `offset`, given each block's start in ascending order. */
function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The prose findings of each text, in the order given; the same as `texts.map(proseFindings)`. */
export function proseFindingsOfBlocks(texts: readonly string[]): BlockFinding[][] {
  const out: BlockFinding[][] = texts.map(() => []);
  const which: number[] = [];
  const starts: number[] = [];
  const children: Positioned[] = [];
  let offset = 0;
  for (const [index, text] of texts.entries()) {
    if (!hasProse(text)) continue;
    let tree: Positioned;
    try {
      tree = processor.parse(new VFile(text)) as Positioned;
    } catch (error) {
      out[index] = [proseFailed(error)];
      continue;
    }
    shiftPositions(tree, offset);
    which.push(index);
    starts.push(offset);
    children.push(...(tree.children ?? []));
    offset += text.length + GAP;
  }
  if (which.length === 0) return out;
  const end = { line: 1, column: 1, offset };
  const root = { type: 'RootNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  const sentences = children.filter((c) => c.type === 'ParagraphNode').flatMap((c) => c.children ?? []);
  const oneParagraph = { type: 'ParagraphNode', children: sentences, position: root.position };
  const file = new VFile();
  try {
    processorWithoutEquality.runSync(root as never, file);
    equalityProcessor.runSync({ type: 'RootNode', children: [oneParagraph], position: root.position } as never, file);
  } catch {
    // One block the plugins cannot read must not cost the others their findings: run them one by one.
    for (const index of which) out[index] = proseFindings(texts[index]!);
    return out;
  }
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    if (start?.offset === undefined) continue;
    const slot = blockAt(starts, start.offset);
    const index = which[slot]!;
    const finding = proseFinding(texts[index]!, message, starts[slot]!);
    if (finding) out[index]!.push(finding);
  }
  return out;
}
