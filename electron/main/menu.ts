import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT } from '../ipc/channels';
import { buildMenuTemplate, type MenuItemSpec } from './menuTemplate';

function toElectron(spec: MenuItemSpec, window: () => BrowserWindow | null): MenuItemConstructorOptions {
  const { command, submenu, ...rest } = spec;
  const item = { ...rest } as MenuItemConstructorOptions;
  if (submenu) item.submenu = submenu.map((child) => toElectron(child, window));
  if (command) item.click = () => window()?.webContents.send(MENU_EVENT, command);
  return item;
}

export function installMenu(window: () => BrowserWindow | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform).map((s) => toElectron(s, window))));
}
