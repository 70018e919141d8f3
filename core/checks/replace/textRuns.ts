import type { BodyMark, BodyNode } from '../../article/bodySchema';
import { inlineText } from '../../text/bodyText';
import { DELETION } from '../../review/reviewMarks';

/**
 * A body text block (paragraph, heading, code block) as runs over its plain text, with offsets as
 * core/text/bodyText counts them: a text node's characters, "\n" for a hard break, and any other inline
 * node as the text inside it. Find reports offsets in that text; these runs map them back to nodes.
 */
export interface TextRun {
  start: number;
  length: number;
  node: BodyNode;
}

/** The text blocks of a body in the order bodyBlocks numbers them (the same walk, Related teasers skipped). */
export function textBlockNodes(body: BodyNode): BodyNode[] {
  const blocks: BodyNode[] = [];
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'relatedTeaser') continue;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') blocks.push(node);
    else if (Array.isArray(node.content)) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
  }
  return blocks;
}

export function textRuns(block: BodyNode): TextRun[] {
  const runs: TextRun[] = [];
  let start = 0;
  for (const node of block.content ?? []) {
    const length = node.type === 'text' ? (node.text ?? '').length : node.type === 'hardBreak' ? 1 : inlineText(node).length;
    runs.push({ start, length, node });
    start += length;
  }
  return runs;
}

/** Why a span of the block must not be replaced, or null. Deliberate, not accidental: see docs/checks.md. */
export function spanObstacle(runs: readonly TextRun[], from: number, to: number): string | null {
  for (const run of overlapping(runs, from, to)) {
    if (run.node.type !== 'text')
      return run.node.type === 'hardBreak' ? 'It runs across a line break.' : 'It runs across an embedded item.';
    if (run.node.marks?.some((m) => m.type === DELETION)) return 'It is inside a suggested deletion: accept or reject that first.';
  }
  return null;
}

/** Runs that share a character with [from, to); a zero-length node strictly inside counts too. */
function* overlapping(runs: readonly TextRun[], from: number, to: number): Generator<TextRun> {
  for (let i = firstRunAt(runs, from); i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start >= to) return;
    if (run.length > 0 ? run.start + run.length > from : run.start > from) yield run;
  }
}

/** Index of the first run ending after `offset` (binary search: a 1 MB paragraph may hold many runs). */
export function firstRunAt(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (run.start + run.length <= offset && !(run.length === 0 && run.start === offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The marks of the character at `offset` (the replacement carries them: a link or a comment stays on the word). */
export function marksAt(runs: readonly TextRun[], offset: number): BodyMark[] | undefined {
  const run = runs[firstRunAt(runs, offset)];
  return run?.node.type === 'text' ? run.node.marks : undefined;
}

/** The nodes covering [from, to): text cut to the span, other inline nodes whole. */
export function sliceRuns(runs: readonly TextRun[], from: number, to: number): BodyNode[] {
  const out: BodyNode[] = [];
  for (let i = firstRunAt(runs, from); i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start > to || (run.start === to && run.length > 0)) break;
    if (run.node.type !== 'text') {
      out.push(run.node);
      continue;
    }
    const text = (run.node.text ?? '').slice(Math.max(0, from - run.start), Math.max(0, to - run.start));
    if (text !== '') out.push({ ...run.node, text });
  }
  return out;
}

const sameMarks = (a: BodyNode, b: BodyNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Adjacent text nodes with the same marks become one, as ProseMirror itself would store them. */
export function mergeTextNodes(nodes: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && sameMarks(last, node))
      out[out.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    else out.push(node);
  }
  return out;
}
