import { Node as PmNode, Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import type { BodyNode } from '../article/bodySchema';
import { CopydeskError } from '../errors';
import { DELETION, INSERTION, MODIFICATION } from './reviewMarks';

/** Inline node types of the editor's schema; every other type is a block. */
const INLINE_TYPES: ReadonlySet<string> = new Set(['text', 'hardBreak', 'image', 'mention']);

interface Vocabulary {
  nodes: Map<string, { attrs: Set<string>; hasInline: boolean; hasBlock: boolean }>;
  marks: Map<string, Set<string>>;
}

function collect(body: BodyNode): Vocabulary {
  const vocabulary: Vocabulary = { nodes: new Map(), marks: new Map() };
  for (const name of [INSERTION, DELETION, MODIFICATION]) vocabulary.marks.set(name, new Set(['id']));
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    let entry = vocabulary.nodes.get(node.type);
    if (!entry) vocabulary.nodes.set(node.type, (entry = { attrs: new Set(), hasInline: false, hasBlock: false }));
    for (const key of Object.keys(node.attrs ?? {})) entry.attrs.add(key);
    for (const mark of node.marks ?? []) {
      let attrs = vocabulary.marks.get(mark.type);
      if (!attrs) vocabulary.marks.set(mark.type, (attrs = new Set()));
      for (const key of Object.keys(mark.attrs ?? {})) attrs.add(key);
    }
    for (const child of node.content ?? []) {
      if (INLINE_TYPES.has(child.type)) entry.hasInline = true;
      else entry.hasBlock = true;
      stack.push(child);
    }
  }
  return vocabulary;
}

const nullAttrs = (names: Set<string>) => Object.fromEntries([...names].map((name) => [name, { default: null }]));

/**
 * A ProseMirror schema made from the body itself: every node and mark type it uses, with every attribute
 * it carries, so that turning the JSON into a document and back loses nothing. Core code uses it to
 * accept and reject suggestions outside the editor (exports, the CLI, the store), with the same
 * functions as the editor.
 */
export function headlessSchema(body: BodyNode): Schema {
  const vocabulary = collect(body);
  const nodes: Record<string, NodeSpec> = {};
  nodes.doc = { content: 'block*', marks: '_' };
  for (const [name, entry] of vocabulary.nodes) {
    if (name === 'doc' || name === 'text') continue;
    if (INLINE_TYPES.has(name)) {
      nodes[name] = { inline: true, group: 'inline', attrs: nullAttrs(entry.attrs), marks: '_' };
      continue;
    }
    if (entry.hasInline && entry.hasBlock)
      throw new CopydeskError('invalid_data', `A “${name}” block in the body holds both text and blocks.`);
    const content = entry.hasInline ? 'inline*' : 'block*';
    nodes[name] = { group: 'block', content, attrs: nullAttrs(entry.attrs), marks: '_' };
  }
  nodes.paragraph ??= { group: 'block', content: 'inline*', marks: '_' };
  nodes.text = { group: 'inline' };
  const marks: Record<string, MarkSpec> = {};
  for (const [name, attrs] of vocabulary.marks) marks[name] = { attrs: nullAttrs(attrs), excludes: '', inclusive: false };
  return new Schema({ nodes, marks });
}

/** The body as a ProseMirror document in its own headless schema. */
export function toPmDoc(body: BodyNode): PmNode {
  const schema = headlessSchema(body);
  try {
    return schema.nodeFromJSON(body);
  } catch (error) {
    throw new CopydeskError('invalid_data', `The body could not be read for review: ${(error as Error).message}`);
  }
}

/** Back to plain JSON, without the null attributes the headless schema filled in. */
export function fromPmDoc(doc: PmNode): BodyNode {
  return prune(doc.toJSON() as BodyNode);
}

function prune(node: BodyNode): BodyNode {
  const out: BodyNode = { type: node.type };
  if (node.attrs) {
    const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([, v]) => v !== null));
    if (Object.keys(attrs).length > 0) out.attrs = attrs;
  }
  if (node.marks && node.marks.length > 0)
    out.marks = node.marks.map((m) => {
      const attrs = Object.fromEntries(Object.entries(m.attrs ?? {}).filter(([, v]) => v !== null));
      return Object.keys(attrs).length > 0 ? { type: m.type, attrs } : { type: m.type };
    });
  if (node.text !== undefined) out.text = node.text;
  if (node.content) out.content = node.content.map(prune);
  return out;
}
