import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../core/commands/registry';
import { commandForKeyEvent, detectPlatform } from './accelerators';

/**
 * The registry's accelerators as key handlers, for when no native menu catches them (the browser host
 * and the Chromium fallback app). Under Electron, pass `enabled: false`: the menu already sends these
 * commands, and handling them twice would, for instance, create two articles.
 * A key the page already handled (the body editor's own shortcuts call preventDefault) is left alone,
 * which is also how Electron's menu behaves.
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
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
