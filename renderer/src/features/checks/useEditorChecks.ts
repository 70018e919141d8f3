import { useEffect, useMemo } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { call } from '../../bridge/copydesk';
import { debounce } from '../editor/debounce';
import { bodyJson } from '../editor/bodyJson';
import { readPendingDomSelection } from '../editor/extensions/domSelectionSync/domSelectionSync';
import { ChecksClient } from './checksClient';
import { useChecks, visibleFindings } from './checksStore';

/** How long typing must pause before the article is checked again. */
export const CHECK_DELAY_MS = 250;

/**
 * Keeps the open article checked in the worker and its body underlined. The body is serialised only when
 * typing pauses; the editor's transactions never wait for a check.
 */
export function useEditorChecks(editorRef: { current: Editor | null }, latest: { current: Article }) {
  const client = useMemo(() => new ChecksClient(), []);
  const schedule = useMemo(
    () =>
      debounce(() => {
        if (!useChecks.getState().enabled) return;
        const editor = editorRef.current;
        client.check({ ...latest.current, body: editor ? bodyJson(editor.state.doc) : latest.current.body });
      }, CHECK_DELAY_MS),
    [client, editorRef, latest],
  );

  useEffect(() => {
    let live = true;
    useChecks.getState().reset();
    void call('getHouseList', {})
      .then((state) => live && client.setHouseList(state.list))
      .catch(() => undefined)
      .finally(() => live && schedule());
    // Underlines follow the latest result, less what was ignored once.
    const unsubscribe = useChecks.subscribe((state, previous) => {
      if (state.result === previous.result && state.ignoredOnce === previous.ignoredOnce && state.enabled === previous.enabled) return;
      const findings = state.enabled ? visibleFindings(state) : [];
      const editor = editorRef.current;
      if (editor) {
        // Results arrive at any moment: take in a selection the user just made, or the redraw would undo it.
        readPendingDomSelection(editor.view);
        editor.commands.setCheckFindings(findings);
      }
      if (state.enabled && !previous.enabled) schedule();
    });
    return () => {
      live = false;
      unsubscribe();
      schedule.cancel();
      client.dispose();
      useChecks.getState().reset();
    };
  }, [client, editorRef, schedule]);

  return schedule;
}
