import type { BrowserContext, Page } from '@playwright/test';
import { CHANNEL_NAMES } from '../../electron/ipc/channels';
import type { MenuCommand } from '../../electron/ipc/contract';
import type { Invoke } from '../../electron/ipc/router';

const BINDING = '__copydeskInvoke';

/**
 * Builds the same `window.copydesk` the preload builds, with a Playwright binding as the transport
 * instead of ipcRenderer. Like the preload's sender check, only the page's top frame is answered.
 */
export async function installBridge(context: BrowserContext, invoke: Invoke): Promise<void> {
  await context.exposeBinding(BINDING, async (source, channel: unknown, input: unknown) => {
    if (source.frame !== source.page.mainFrame()) {
      return { ok: false, error: { code: 'untrusted_sender', message: 'This message did not come from the Copydesk window.' } };
    }
    return invoke(channel, input);
  });
  await context.addInitScript(
    ({ names, binding }) => {
      const w = window as unknown as Record<string, unknown>;
      const call = (name: string, input: unknown) => (w[binding] as (c: string, i: unknown) => Promise<unknown>)(name, input);
      const listeners = new Set<(command: string) => void>();
      const api: Record<string, unknown> = {};
      for (const name of names) api[name] = (input: unknown) => call(name, input);
      api.onMenuCommand = (listener: (command: string) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      // The host's stand-in for the native menu: lets a test (or the app window's shell) send a command.
      Object.defineProperty(window, '__copydeskMenu', { value: (command: string) => listeners.forEach((l) => l(command)) });
      Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true });
    },
    { names: [...CHANNEL_NAMES], binding: BINDING },
  );
}

/** Sends a menu command to the page, as the native menu would in Electron. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __copydeskMenu(c: string): void }).__copydeskMenu(c), command);
}
