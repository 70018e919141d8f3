import type { CommandId } from '../../../../core/commands/registry';
import { commandForKeyEvent, detectPlatform } from './accelerators';
import { anyLayerOpen } from '../../ui/modalLayers';

/**
 * The registry's accelerators as key handlers: the only ones in the browser host and the Chromium
 * fallback app, which have no native menu. Under Electron the page sees a key before the menu does, and
 * the preventDefault here keeps the menu's accelerator from firing as well (the arrangement
 * appCommands' own key map relies on today).
 * While a dialog is open the key is swallowed and nothing runs (dialogs never stack).
 * A key the page already handled (the body editor's own shortcuts call preventDefault) is left alone,
 * which is also how Electron's menu treats it.
 *
 * Installed when the page's script runs, not in a React effect: the page's load event fires before
 * React's first commit, and a key pressed in between (Ctrl+, the moment the window shows) was lost.
 * Commands only change stores, so one run before the first render shows once the app mounts.
 * Returns the function that removes the handler.
 */
export function installCommandShortcuts(run: (command: CommandId) => void): () => void {
  const platform = detectPlatform();
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const command = commandForKeyEvent(event, platform);
    if (!command) return;
    event.preventDefault();
    // A dialog is open: its keys are its own, and a second dialog must not open beneath it.
    if (anyLayerOpen()) return;
    run(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
