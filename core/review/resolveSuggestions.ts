import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PmNode } from 'prosemirror-model';
import { EditorState, type Command } from 'prosemirror-state';
import type { BodyNode } from '../article/bodySchema';
import { fromPmDoc, toPmDoc } from './headlessSchema';
import { hasSuggestions } from './reviewMarks';
import { resolveJson, type Resolution } from './resolveJson';

export type { Resolution } from './resolveJson';

/** Runs one of the package's commands on a document outside any editor. */
function run(doc: PmNode, command: Command): PmNode {
  let state = EditorState.create({ doc });
  command(state, (tr) => {
    state = state.apply(tr);
  });
  return state.doc;
}

/** Every suggestion in the body accepted (or rejected): the editor's Accept all, and exports "as if all were accepted". */
export function resolveAll(body: BodyNode, resolution: Resolution): BodyNode {
  if (!hasSuggestions(body)) return body;
  return resolveJson(body, resolution);
}

/** The suggestions with these ids accepted or rejected, the others left as they are. */
export function resolveIds(body: BodyNode, ids: readonly string[], resolution: Resolution): BodyNode {
  if (ids.length === 0) return body;
  const wanted = new Set(ids);
  return resolveJson(body, resolution, (attrs) => wanted.has(attrs.id));
}

/** Every suggestion by one author accepted or rejected ('' is "Unknown author"). */
export function resolveByAuthor(body: BodyNode, author: string, resolution: Resolution): BodyNode {
  return resolveJson(body, resolution, (attrs) => attrs.author === author);
}

/**
 * The same, through the package's own commands on a headless ProseMirror document: the reference the
 * fast path is tested against. One transaction step per suggestion makes it slow for thousands.
 */
export function resolveAllWithPackage(body: BodyNode, resolution: Resolution): BodyNode {
  if (!hasSuggestions(body)) return body;
  return fromPmDoc(run(toPmDoc(body), resolution === 'accept' ? applySuggestions : revertSuggestions));
}

export function resolveIdsWithPackage(body: BodyNode, ids: readonly string[], resolution: Resolution): BodyNode {
  if (ids.length === 0) return body;
  let doc = toPmDoc(body);
  const raw = rawIds(doc);
  for (const id of ids) {
    const value = raw.get(id);
    if (value === undefined) continue;
    doc = run(doc, resolution === 'accept' ? applySuggestion(value) : revertSuggestion(value));
  }
  return fromPmDoc(doc);
}

/** Ids are numbers when the editor made them and strings when Word did; the commands compare them strictly. */
function rawIds(doc: PmNode): Map<string, string | number> {
  const ids = new Map<string, string | number>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const id = mark.attrs.id as unknown;
      if ((typeof id === 'string' || typeof id === 'number') && ['insertion', 'deletion', 'modification'].includes(mark.type.name))
        ids.set(String(id), id);
    }
    return true;
  });
  return ids;
}
