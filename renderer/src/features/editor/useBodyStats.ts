import { useEffect, useMemo } from 'react';
import type { Editor } from '@tiptap/core';
import { readTimeMinutes } from '../../../../core/text/stats';
import { bodyWordCount } from './bodyWordCount';
import { useEditorSession } from '../../state/editorSession';
import { debounce } from './debounce';

const STATS_DELAY_MS = 250;

/**
 * Word count and read time, recounted a moment after typing stops rather than on every keystroke, and
 * then only in the blocks that changed (bodyWordCount): a full recount of 20,000 words took 20–30 ms.
 */
export function useBodyStats(): (editor: Editor) => void {
  const setStats = useEditorSession((s) => s.setStats);
  const schedule = useMemo(
    () =>
      debounce((editor: Editor) => {
        const words = bodyWordCount(editor.state.doc);
        setStats(words, readTimeMinutes(words));
      }, STATS_DELAY_MS),
    [setStats],
  );
  useEffect(() => () => schedule.cancel(), [schedule]);
  return schedule;
}
