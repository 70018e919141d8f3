import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Finding } from '../../../../core/checks/types';
import { bodyBlockPositions, spanToRange } from './bodyPositions';

/**
 * Underlines the body's findings by severity. The findings arrive from the worker as block offsets; they
 * become decorations once, then move with the text (mapping) until the next check replaces them, so
 * typing never waits for a check.
 */
export const checksKey = new PluginKey<DecorationSet>('copydeskChecks');

export function findingsToDecorations(state: EditorState, findings: readonly Finding[]): DecorationSet {
  const blocks = bodyBlockPositions(state.doc);
  const decorations: Decoration[] = [];
  for (const finding of findings) {
    if (finding.field !== 'body' || finding.to <= finding.from) continue;
    const range = spanToRange(blocks, finding.block, finding.from, finding.to);
    if (!range || range.to <= range.from || state.doc.textBetween(range.from, range.to, '\n', '') !== finding.text) continue;
    const fix = finding.fix ? `\nFix (Ctrl+.): ${finding.fix.label}` : '';
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: `check-mark check-${finding.severity}`, title: `${finding.message}${fix}`, 'data-rule': finding.ruleId },
        { finding },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** The finding under the cursor (the most severe when several overlap). */
export function findingAt(state: EditorState): { finding: Finding; from: number; to: number } | null {
  const set = checksKey.getState(state);
  if (!set) return null;
  const { from } = state.selection;
  const hits = set
    .find(Math.max(0, from - 1), from + 1)
    .map((d) => ({ finding: (d.spec as { finding: Finding }).finding, from: d.from, to: d.to }));
  const order = { error: 0, warning: 1, suggestion: 2 };
  return hits.sort((a, b) => order[a.finding.severity] - order[b.finding.severity])[0] ?? null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    copydeskChecks: {
      /** Replaces the underlines with the latest findings. */
      setCheckFindings: (findings: readonly Finding[]) => ReturnType;
      /** Applies the fix of the finding under the cursor, if it has one and its text is unchanged. */
      applyFixAtCursor: () => ReturnType;
    };
  }
}

export const CheckDecorations = Extension.create({
  name: 'copydeskChecks',
  addCommands() {
    return {
      setCheckFindings:
        (findings) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(checksKey, findings).setMeta('addToHistory', false);
          return true;
        },
      applyFixAtCursor:
        () =>
        ({ state, tr, dispatch }) => {
          const hit = findingAt(state);
          if (!hit?.finding.fix || state.doc.textBetween(hit.from, hit.to, '\n', '') !== hit.finding.text) return false;
          if (dispatch) tr.insertText(hit.finding.fix.replacement, hit.from, hit.to);
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-.': ({ editor }) => editor.commands.applyFixAtCursor() };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: checksKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, state) {
            const findings = tr.getMeta(checksKey) as readonly Finding[] | undefined;
            if (findings) return findingsToDecorations(state, findings);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => checksKey.getState(state) },
      }),
    ];
  },
});
