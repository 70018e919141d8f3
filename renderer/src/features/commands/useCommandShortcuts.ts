import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../../core/commands/registry';
import { commandForKeyEvent, detectPlatform } from './accelerators';
import { anyLayerOpen } from '../../ui/modalLayers';

/**
 * The registry's accelerators as key handlers: the only ones in the browser host and the Chromium
 * fallback app, which have no native menu. Under Electron the page sees a key before the menu does, and
 * the preventDefault here keeps the menu's accelerator from firing as well (the arrangement
 * useAppCommands' own key map relies on today); pass `enabled: false` to leave keys to the menu instead.
 * While a dialog is open the key is swallowed and nothing runs (dialogs never stack).
 * A key the page already handled (the body editor's own shortcuts call preventDefault) is left alone,
 * which is also how Electron's menu treats it.
 */
export function useCommandShortcuts(run: (command: CommandId) => void, enabled = true): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!enabled) return;
    const platform = detectPlatform();
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = commandForKeyEvent(event, platform);
      if (!command) return;
      event.preventDefault();
      // A dialog is open: its keys are its own, and a second dialog must not open beneath it.
      if (anyLayerOpen()) return;
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
