import type { BrowserContext, Page } from '@playwright/test';
import { CHANNEL_NAMES } from '../../api/channels';
import type { MenuCommand } from '../../api/contract';
import type { Invoke } from '../../backend/ipc/router';

const BINDING = '__copydeskInvoke';

/**
 * Builds the same `window.copydesk` the preload builds, with a Playwright binding as the transport
 * instead of ipcRenderer. Like the preload's sender check, only the page's top frame is answered.
 */
export async function installBridge(context: BrowserContext, invoke: Invoke): Promise<void> {
  // Payloads cross as JSON text: Playwright's own serialiser walks objects one by one and takes seconds
  // over a 10,000-entry list, while a string crosses in milliseconds. Electron's IPC has no such cost.
  await context.exposeBinding(BINDING, async (source, channel: unknown, inputJson: unknown) => {
    if (source.frame !== source.page.mainFrame()) {
      return JSON.stringify({
        ok: false,
        error: { code: 'untrusted_sender', message: 'This message did not come from the Copydesk window.' },
      });
    }
    let input: unknown;
    try {
      input = typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined;
    } catch {
      input = undefined;
    }
    return JSON.stringify(await invoke(channel, input));
  });
  await context.addInitScript({ content: bridgeScript([...CHANNEL_NAMES], BINDING) });
}

/**
 * The page side of the bridge, as source text rather than a serialised function: loaders such as tsx
 * inject helpers (esbuild's __name) into functions, which do not exist in the page.
 */
export function bridgeScript(names: string[], binding: string): string {
  return `(() => {
  const names = ${JSON.stringify(names)};
  const call = async (name, input) => JSON.parse(await window[${JSON.stringify(binding)}](name, input === undefined ? undefined : JSON.stringify(input)));
  const listeners = new Set();
  const api = {};
  for (const name of names) api[name] = (input) => call(name, input);
  api.onMenuCommand = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  // The host's stand-in for the native menu: lets a test (or the app window's shell) send a command.
  Object.defineProperty(window, '__copydeskMenu', { value: (command, arg) => listeners.forEach((l) => l(command, typeof arg === 'string' ? arg : undefined)) });
  Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true });
})();`;
}

/** Sends a menu command to the page, as the native menu would in Electron. */
export async function sendMenuCommand(page: Page, command: MenuCommand, arg?: string): Promise<void> {
  await page.evaluate(([c, a]) => (window as unknown as { __copydeskMenu(c: string, a?: string): void }).__copydeskMenu(c, a), [
    command,
    arg,
  ] as const);
}
