import type { MenuCommand } from '../ipc/contract';

/**
 * The application menu as plain data, so it can be snapshot-tested for each OS without Electron.
 * `command` items are sent to the renderer; `role` items are Electron's built-ins.
 */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  command?: MenuCommand;
  accelerator?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

const separator: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(platform: NodeJS.Platform): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemSpec[] = mac ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        { label: 'New Article', command: 'new-article', accelerator: 'CmdOrCtrl+N' },
        { label: 'Import…', command: 'import', accelerator: 'CmdOrCtrl+O' },
        { label: 'Export…', command: 'export', accelerator: 'CmdOrCtrl+E' },
        { label: 'Save Now', command: 'save-now', accelerator: 'CmdOrCtrl+S' },
        separator,
        mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { label: 'Paste as New Article', command: 'paste-as-new', accelerator: 'CmdOrCtrl+Shift+V' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Library', command: 'show-library' },
        { label: 'Trash', command: 'show-trash' },
        separator,
        { label: 'Editor', command: 'show-editor', accelerator: 'CmdOrCtrl+1' },
        { label: 'Preview', command: 'show-preview', accelerator: 'CmdOrCtrl+2' },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Window', role: 'windowMenu' },
  ];
}
