import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../../core/commands/registry';
import { MENU_EVENT } from '../../../api/channels';
import { buildMenuTemplate, type MenuData, type MenuItemSpec } from './menuTemplate';

/** Commands main handles itself (clearing the Recent list, opening the data folder); the rest go to the window. */
export type MainCommands = Partial<Record<CommandId, (arg?: string) => void>>;

function toElectron(spec: MenuItemSpec, window: () => BrowserWindow | null, main: MainCommands): MenuItemConstructorOptions {
  const { command, commandArg, submenu, ...rest } = spec;
  const item = { ...rest } as MenuItemConstructorOptions;
  if (submenu) item.submenu = submenu.map((child) => toElectron(child, window, main));
  if (command) {
    item.click = () => {
      const own = main[command];
      if (own) own(commandArg);
      else window()?.webContents.send(MENU_EVENT, command, commandArg);
    };
  }
  return item;
}

export function installMenu(window: () => BrowserWindow | null, data: MenuData = { recent: [] }, main: MainCommands = {}): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, data).map((s) => toElectron(s, window, main))));
}
