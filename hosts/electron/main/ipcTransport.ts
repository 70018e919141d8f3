import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannel } from '../../../api/channels';
import type { Invoke } from '../../../backend/ipc/router';
import type { IpcResult } from '../../../api/contract';

/**
 * One wrapper for every channel: a message from anything but our own window's top frame, at our own
 * origin, is dropped before the router sees it.
 */
export function registerIpc(invoke: Invoke, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'untrusted_sender', message: 'This message did not come from the Copydesk window.' } };
      }
      return invoke(name, input);
    });
  }
}
