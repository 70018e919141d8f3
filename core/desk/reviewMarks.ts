import * as Y from 'yjs';
import { BODY_ROOT } from './articleDoc';

/**
 * Suggestion marks as issue 14 names them (those of @handlewithcare/prosemirror-suggest-changes). The
 * desk only needs their ids, to tell when a change accepts or rejects one.
 */
const SUGGESTION_MARK = /^(insertion|deletion|modification)(--.{8})?$/;

/** Ids of the suggestions in the body (walks the fragment; no JSON built). */
export function suggestionIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const stack: Array<Y.XmlElement | Y.XmlText | Y.XmlFragment> = [doc.getXmlFragment(BODY_ROOT)];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Y.XmlText) {
      for (const op of item.toDelta() as Array<{ attributes?: Record<string, { id?: unknown } | null> }>) {
        for (const [key, attrs] of Object.entries(op.attributes ?? {})) {
          if (SUGGESTION_MARK.test(key) && attrs && attrs.id !== undefined) ids.add(String(attrs.id));
        }
      }
    } else {
      for (const child of item.toArray()) stack.push(child as Y.XmlElement | Y.XmlText);
    }
  }
  return ids;
}
