import type { Node as PmNode } from '@tiptap/pm/model';
import type { BodyNode } from '../../../../core/article/bodySchema';

/**
 * The body as JSON, built from a cache per top-level block. ProseMirror keeps every block an edit did not
 * touch as the same (immutable) node object, so after a keystroke only the paragraph typed in is
 * serialised again: `editor.getJSON()` on a 20,000-word story cost 10–25 ms per pause (autosave, checks,
 * review lists each paid it), this costs the changed paragraph. The result equals `doc.toJSON()`.
 *
 * The cached objects are shared between calls: callers must treat the body as read-only (they send it
 * over IPC or to a worker, which copy it).
 */
const blockJson = new WeakMap<PmNode, Record<string, unknown>>();

export function bodyJson(doc: PmNode): BodyNode {
  const content: Array<Record<string, unknown>> = [];
  doc.forEach((child) => {
    let json = blockJson.get(child);
    if (!json) {
      json = child.toJSON() as Record<string, unknown>;
      blockJson.set(child, json);
    }
    content.push(json);
  });
  const json: Record<string, unknown> = { type: doc.type.name };
  if (Object.keys(doc.attrs).length > 0) json.attrs = doc.attrs;
  if (content.length > 0) json.content = content;
  return json as unknown as BodyNode;
}
