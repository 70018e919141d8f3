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

/** What a finding's underline shows: two findings with the same key draw the same underline. */
function underlineKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.severity}|${finding.message}|${finding.text}|${finding.fix?.label ?? ''}|${finding.fix?.replacement ?? ''}`;
}

/**
 * The underlines for a new result. A finding whose underline is already drawn at the same place keeps its
 * decoration object: ProseMirror compares decorations by their spec, and a new spec (every result is a
 * fresh copy from the worker) redrew every underlined word of a long story on each check, a 60–80 ms task.
 * Reused, only the underlines that changed are redrawn.
 */
export function findingsToDecorations(state: EditorState, findings: readonly Finding[], previous = DecorationSet.empty): DecorationSet {
  const blocks = bodyBlockPositions(state.doc);
  const decorations: Decoration[] = [];
  for (const finding of findings) {
    if (finding.field !== 'body' || finding.to <= finding.from) continue;
    const range = spanToRange(blocks, finding.block, finding.from, finding.to);
    if (!range || range.to <= range.from || state.doc.textBetween(range.from, range.to, '\n', '') !== finding.text) continue;
    const key = underlineKey(finding);
    const drawn = previous.find(range.from, range.to, (spec) => (spec as { key?: string }).key === key);
    const same = drawn.find((d) => d.from === range.from && d.to === range.to);
    if (same) {
      decorations.push(same);
      continue;
    }
    const fix = finding.fix ? `\nFix (Ctrl+.): ${finding.fix.label}` : '';
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: `check-mark check-${finding.severity}`, title: `${finding.message}${fix}`, 'data-rule': finding.ruleId },
        { finding, key },
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
    return [checksPlugin()];
  },
});

/** Underlines from the latest findings, mapped through every edit until the next result replaces them. */
export function checksPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: checksKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set, _old, state) {
        const findings = tr.getMeta(checksKey) as readonly Finding[] | undefined;
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        return findings ? findingsToDecorations(state, findings, mapped) : mapped;
      },
    },
    props: { decorations: (state) => checksKey.getState(state) },
  });
}
