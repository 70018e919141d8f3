import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannel, MENU_EVENT } from '../../../api/channels';
import type { CopydeskApi, MenuCommand } from '../../../api/contract';

/**
 * The sandboxed preload: exposes named functions only. Raw ipcRenderer never reaches the page, and
 * the IPC event object is never passed on (it would hand the page `event.sender`).
 */
const channels = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]));

const api = {
  ...channels,
  onMenuCommand(listener: (command: MenuCommand, arg?: string) => void) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand, arg: unknown) =>
      listener(command, typeof arg === 'string' ? arg : undefined);
    ipcRenderer.on(MENU_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, forward);
    };
  },
} as CopydeskApi;

contextBridge.exposeInMainWorld('copydesk', api);
