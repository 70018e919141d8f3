import { useEffect, useMemo } from 'react';
import type { Editor } from '@tiptap/core';
import { countWords, readTimeMinutes } from '../../../../core/text/stats';
import { useEditorSession } from '../../state/editorSession';
import { debounce } from './debounce';

const STATS_DELAY_MS = 250;

/**
 * Word count and read time, recounted a moment after typing stops rather than on every keystroke:
 * counting a 20,000-word body costs a few milliseconds, which is too much per key but nothing per pause.
 */
export function useBodyStats(): (editor: Editor) => void {
  const setStats = useEditorSession((s) => s.setStats);
  const schedule = useMemo(
    () =>
      debounce((editor: Editor) => {
        const doc = editor.state.doc;
        const words = countWords(doc.textBetween(0, doc.content.size, '\n', ' '));
        setStats(words, readTimeMinutes(words));
      }, STATS_DELAY_MS),
    [setStats],
  );
  useEffect(() => () => schedule.cancel(), [schedule]);
  return schedule;
}
