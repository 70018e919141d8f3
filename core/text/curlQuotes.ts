import type { BodyNode } from '../article/bodySchema';

/**
 * The house rule for quotes: curly, as the editor makes them while typing (its smart-quotes input rules)
 * and as the checks ask (`prose.smart-quotes`, docs/checks.md). Imported text is curled by the same
 * context rule, so a pasted page's straight quotes do not sit beside typed curly ones:
 * - a quote at the start, or after a space, an opening bracket, a dash or another opening quote, opens;
 *   any other closes (and a single one inside a word is an apostrophe: don’t, O’Brien);
 * - an apostrophe before a figure is an elision, not an opening quote (’90s, ’24), which the editor's
 *   typing rule cannot tell but an import can.
 */
const OPENS_AFTER = /[\s([{<\u2014\u2013\u2018\u201C-]/u;

export function curlQuotes(text: string, before = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let previous = before.slice(-1);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const opens = previous === '' || OPENS_AFTER.test(previous);
    const curled =
      ch === '"' ? (opens ? '\u201C' : '\u201D') : ch === "'" ? (opens && !/\d/.test(text[i + 1] ?? '') ? '\u2018' : '\u2019') : ch;
    out += curled;
    // What was written decides the next quote: after a closing one, another closes.
    previous = curled;
  }
  return out;
}

/** Marks whose text is literal: code keeps its straight quotes. */
const LITERAL_MARKS = new Set(['code']);

/**
 * The body with every text run curled. A text block is read as one line, so a quote at the start of a
 * bold run after a space still opens; code keeps its quotes. Related teasers' titles are curled too.
 */
export function curlBodyQuotes(node: BodyNode): BodyNode {
  if (!node.content) return curlAttrs(node);
  if (node.content.some((child) => child.type === 'text')) {
    let previous = '';
    const content = node.content.map((child) => {
      if (child.type !== 'text' || child.text === undefined) {
        previous = '';
        return curlAttrs(child);
      }
      const literal = child.marks?.some((mark) => LITERAL_MARKS.has(mark.type)) ?? false;
      const text = literal ? child.text : curlQuotes(child.text, previous);
      previous = child.text.slice(-1);
      return text === child.text ? child : { ...child, text };
    });
    return { ...node, content };
  }
  return { ...curlAttrs(node), content: node.content.map(curlBodyQuotes) };
}

function curlAttrs(node: BodyNode): BodyNode {
  const title = node.attrs?.title;
  if (typeof title !== 'string') return node;
  const curled = curlQuotes(title);
  return curled === title ? node : { ...node, attrs: { ...node.attrs, title: curled } };
}
