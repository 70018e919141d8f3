import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { BODY_LIMITS } from '../../../../../../core/article/bodySchema';

export interface BodyLimitsOptions {
  /** Told when a paste or drop was refused, to say why. */
  onRefused: (message: string) => void;
}

/** Depth counted the way the store counts it: the doc is level 1, text is a level too. */
function depthOf(node: PmNode): number {
  let deepest = 1;
  const stack: Array<[PmNode, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [current, level] = stack.pop()!;
    deepest = Math.max(deepest, level);
    current.forEach((child) => stack.push([child, level + 1]));
  }
  return deepest;
}

/**
 * A paste or drop that would nest the body deeper than the store accepts is refused with a message,
 * rather than leaving a story that can no longer be saved. Typed edits are not measured: only pasted
 * and dropped content can add many levels at once, and measuring every keystroke would cost time.
 */
export const BodyLimits = Extension.create<BodyLimitsOptions>({
  name: 'bodyLimits',
  addOptions() {
    return { onRefused: () => undefined };
  },
  addProseMirrorPlugins() {
    const { onRefused } = this.options;
    return [
      new Plugin({
        filterTransaction(tr) {
          const event = tr.getMeta('uiEvent');
          if (!tr.docChanged || (event !== 'paste' && event !== 'drop')) return true;
          if (depthOf(tr.doc) <= BODY_LIMITS.maxDepth) return true;
          onRefused(
            `That ${event} would nest the story more than ${BODY_LIMITS.maxDepth} levels deep, so it was not inserted. Paste it outside the list or quote.`,
          );
          return false;
        },
      }),
    ];
  },
});
