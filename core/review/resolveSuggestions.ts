import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PmNode } from 'prosemirror-model';
import { EditorState, type Command } from 'prosemirror-state';
import type { BodyNode } from '../article/bodySchema';
import { fromPmDoc, toPmDoc } from './headlessSchema';
import { hasSuggestions } from './reviewMarks';
import { listSuggestions } from './listSuggestions';

export type Resolution = 'accept' | 'reject';

/** Runs one of the package's commands on a document outside any editor. */
function run(doc: PmNode, command: Command): PmNode {
  let state = EditorState.create({ doc });
  command(state, (tr) => {
    state = state.apply(tr);
  });
  return state.doc;
}

/**
 * Every suggestion in the body accepted (or rejected), with the same code the editor uses, so an export
 * made "as if all were accepted" is exactly what the editor's Accept all gives.
 */
export function resolveAll(body: BodyNode, resolution: Resolution): BodyNode {
  if (!hasSuggestions(body)) return body;
  const doc = toPmDoc(body);
  return fromPmDoc(run(doc, resolution === 'accept' ? applySuggestions : revertSuggestions));
}

/** The suggestions with these ids accepted or rejected, the others left as they are. */
export function resolveIds(body: BodyNode, ids: readonly string[], resolution: Resolution): BodyNode {
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

/** Every suggestion by one author accepted or rejected. */
export function resolveByAuthor(body: BodyNode, author: string, resolution: Resolution): BodyNode {
  const ids = listSuggestions(body)
    .filter((s) => s.author === author)
    .map((s) => s.id);
  return resolveIds(body, ids, resolution);
}

/** Ids are numbers when the editor made them and strings when Word did; the commands compare them strictly. */
function rawIds(doc: PmNode): Map<string, string | number> {
  const ids = new Map<string, string | number>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const id = mark.attrs.id as unknown;
      if ((typeof id === 'string' || typeof id === 'number') && ['insertion', 'deletion', 'modification'].includes(mark.type.name)) ids.set(String(id), id);
    }
    return true;
  });
  return ids;
}
