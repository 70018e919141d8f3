import * as Y from 'yjs';
import type { BodyMark, BodyNode } from '../article/bodySchema';

/**
 * The article body as a Y.XmlFragment, in exactly the layout y-prosemirror (@tiptap/y-tiptap) uses, so
 * the editor's Collaboration extension binds to what the backend writes: a node is a Y.XmlElement named
 * after its type with its non-null attributes, a run of text nodes is one Y.XmlText whose formatting
 * attributes are the marks ({ [markType]: markAttrs }). core/ cannot import the binding (it needs a
 * ProseMirror schema, and the backend stays schema-agnostic), so this file mirrors it and
 * bodyFragment.test.ts checks both directions against @tiptap/y-tiptap itself.
 */

/** y-prosemirror suffixes overlapping marks (a mark type that may apply twice, like comments) with a hash. */
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;
const markName = (attr: string): string => HASHED_MARK.exec(attr)?.[1] ?? attr;

type Attrs = Record<string, unknown>;

function marksToAttributes(marks: BodyMark[] | undefined): Attrs {
  const attrs: Attrs = {};
  const seen = new Map<string, number>();
  for (const mark of marks ?? []) {
    const n = seen.get(mark.type) ?? 0;
    seen.set(mark.type, n + 1);
    // Two marks of one type on one run (two comments) need distinct keys; the editor reads the suffix away.
    const key = n === 0 ? mark.type : `${mark.type}--${String(n).padStart(8, '0')}`;
    attrs[key] = mark.attrs ?? {};
  }
  return attrs;
}

function attributesToMarks(attributes: Attrs | undefined): BodyMark[] | undefined {
  if (!attributes) return undefined;
  const marks = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => {
      const attrs = value as Record<string, unknown>;
      return Object.keys(attrs).length > 0 ? { type: markName(key), attrs } : { type: markName(key) };
    });
  return marks.length > 0 ? marks : undefined;
}

function textDelta(nodes: BodyNode[]): Array<{ insert: string; attributes: Attrs }> {
  return nodes.map((node) => ({ insert: node.text ?? '', attributes: marksToAttributes(node.marks) }));
}

/** Consecutive text nodes become one Y.XmlText; every other node one Y.XmlElement. */
function groupChildren(content: BodyNode[] | undefined): Array<BodyNode | BodyNode[]> {
  const groups: Array<BodyNode | BodyNode[]> = [];
  for (const child of content ?? []) {
    if (child.type === 'text') {
      if ((child.text ?? '') === '') continue;
      const last = groups[groups.length - 1];
      if (Array.isArray(last)) last.push(child);
      else groups.push([child]);
    } else groups.push(child);
  }
  return groups;
}

function createType(group: BodyNode | BodyNode[]): Y.XmlElement | Y.XmlText {
  if (Array.isArray(group)) {
    const text = new Y.XmlText();
    text.applyDelta(textDelta(group));
    return text;
  }
  const element = new Y.XmlElement(group.type);
  for (const [key, value] of Object.entries(group.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value as string);
  }
  element.insert(0, groupChildren(group.content).map(createType));
  return element;
}

function serialize(item: Y.XmlElement | Y.XmlText): BodyNode[] {
  if (item instanceof Y.XmlText) {
    const delta = item.toDelta() as Array<{ insert: unknown; attributes?: Attrs }>;
    return delta
      .filter((d) => typeof d.insert === 'string' && d.insert !== '')
      .map((d) => {
        const marks = attributesToMarks(d.attributes);
        return marks ? { type: 'text', text: d.insert as string, marks } : { type: 'text', text: d.insert as string };
      });
  }
  const node: BodyNode = { type: item.nodeName };
  const attrs = item.getAttributes() as Attrs;
  if (Object.keys(attrs).length > 0) node.attrs = attrs as BodyNode['attrs'];
  const children = item.toArray() as Array<Y.XmlElement | Y.XmlText>;
  const content = children.flatMap(serialize);
  if (content.length > 0) node.content = content;
  return [node];
}

/** The body JSON the fragment holds (the projection written to the article file). */
export function fragmentToBody(fragment: Y.XmlFragment): BodyNode {
  const content = (fragment.toArray() as Array<Y.XmlElement | Y.XmlText>).flatMap(serialize);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Replaces the changed characters of a text run in place, so concurrent edits elsewhere in it survive. */
function updateText(ytext: Y.XmlText, nodes: BodyNode[]): void {
  const before = ytext.toDelta() as Array<{ insert: string; attributes?: Attrs }>;
  const after = textDelta(nodes);
  const flat = (runs: Array<{ insert: string; attributes?: Attrs }>) =>
    runs.flatMap((r) => Array.from(r.insert).map((ch) => ({ ch, key: JSON.stringify(r.attributes ?? {}) })));
  const a = flat(before);
  const b = flat(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.ch === b[start]!.ch && a[start]!.key === b[start]!.key) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.ch === b[endB - 1]!.ch && a[endA - 1]!.key === b[endB - 1]!.key) {
    endA--;
    endB--;
  }
  // Array.from counts code points; Y.Text counts UTF-16 units.
  const units = (cells: typeof a) => cells.reduce((n, c) => n + c.ch.length, 0);
  const index = units(a.slice(0, start));
  if (endA > start) ytext.delete(index, units(a.slice(start, endA)));
  let at = index;
  for (const cell of b.slice(start, endB)) {
    ytext.insert(at, cell.ch, JSON.parse(cell.key) as Attrs);
    at += cell.ch.length;
  }
}

function sameShape(item: Y.XmlElement | Y.XmlText, group: BodyNode | BodyNode[]): boolean {
  if (Array.isArray(group)) return item instanceof Y.XmlText;
  return item instanceof Y.XmlElement && item.nodeName === group.type && sameJson(item.getAttributes(), stripNulls(group.attrs));
}

function stripNulls(attrs: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs ?? {}).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * Brings a Y container's children to the given content with the smallest change it can find: equal
 * children at both ends are kept, a child of the same type and attributes in the middle is updated in
 * place (recursively, down to the characters of a text run), the rest is replaced. A local save made
 * outside the editor (an import, `copydesk set`) therefore merges with concurrent edits like typing.
 */
function updateChildren(parent: Y.XmlFragment | Y.XmlElement, content: BodyNode[] | undefined): void {
  const groups = groupChildren(content);
  const items = parent.toArray() as Array<Y.XmlElement | Y.XmlText>;
  const serialized = items.map((item) => JSON.stringify(serialize(item)));
  const wanted = groups.map((g) => JSON.stringify(normalise(g)));
  let start = 0;
  while (start < items.length && start < groups.length && serialized[start] === wanted[start]) start++;
  let endI = items.length;
  let endG = groups.length;
  while (endI > start && endG > start && serialized[endI - 1] === wanted[endG - 1]) {
    endI--;
    endG--;
  }
  const paired = Math.min(endI - start, endG - start);
  for (let k = 0; k < paired; k++) {
    const item = items[start + k]!;
    const group = groups[start + k]!;
    if (!sameShape(item, group)) {
      parent.delete(start + k, 1);
      parent.insert(start + k, [createType(group)]);
    } else if (Array.isArray(group)) updateText(item as Y.XmlText, group);
    else updateChildren(item as Y.XmlElement, group.content);
  }
  if (endI - start > paired) parent.delete(start + paired, endI - start - paired);
  if (endG - start > paired) parent.insert(start + paired, groups.slice(start + paired, endG).map(createType));
}

/**
 * A child as the fragment would give it back, computed on the JSON (no Y types): text runs with equal
 * marks joined, empty runs dropped, null attributes and empty mark attributes left out.
 */
function normalise(group: BodyNode | BodyNode[]): BodyNode[] {
  if (Array.isArray(group)) {
    const runs: BodyNode[] = [];
    for (const node of group) {
      const marks = attributesToMarks(marksToAttributes(node.marks));
      const last = runs[runs.length - 1];
      if (last && JSON.stringify(last.marks) === JSON.stringify(marks)) last.text += node.text ?? '';
      else runs.push(marks ? { type: 'text', text: node.text ?? '', marks } : { type: 'text', text: node.text ?? '' });
    }
    return runs;
  }
  const node: BodyNode = { type: group.type };
  const attrs = stripNulls(group.attrs);
  if (Object.keys(attrs).length > 0) node.attrs = attrs as BodyNode['attrs'];
  const content = groupChildren(group.content).flatMap(normalise);
  if (content.length > 0) node.content = content;
  return [node];
}

/** Writes the body JSON into the fragment (inside the caller's transaction). */
export function updateFragment(fragment: Y.XmlFragment, body: BodyNode): void {
  updateChildren(fragment, body.content);
}
