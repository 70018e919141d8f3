import { ARTICLE_STATUSES } from '../../../core/article/schema';
import { getCommand, statusCommandId, type CommandId } from '../../../core/commands/registry';

/**
 * The application menu as plain data, so it can be snapshot-tested for each OS without Electron.
 * `command` items are sent to the renderer (with `commandArg` when they carry one, such as the id of a
 * recent article); `role` items are Electron's built-ins. Labels and accelerators come from the command
 * registry, the one table the renderer's palette and shortcuts list read too.
 */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  command?: CommandId;
  commandArg?: string;
  accelerator?: string;
  enabled?: boolean;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

export interface RecentArticle {
  id: string;
  headline: string;
}

export interface MenuData {
  /** Most recent first; the caller passes at most the settings' ten. */
  recent: readonly RecentArticle[];
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * Recent ids from the settings joined with the library index: headlines as they are now, and articles
 * that were deleted or trashed meanwhile left out.
 */
export function recentArticles(ids: readonly string[], live: readonly RecentArticle[]): RecentArticle[] {
  const byId = new Map(live.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ id, headline: entry.headline }] : [];
  });
}
const RECENT_LABEL_MAX = 60;

function item(id: CommandId): MenuItemSpec {
  const { label, accelerator } = getCommand(id);
  return accelerator ? { label, command: id, accelerator } : { label, command: id };
}

/**
 * A headline as a menu label: one line, not too long, and with `&` doubled. A single one marks an access
 * key and vanishes ("Q&A" would read "QA"), on macOS too: Electron's Cocoa menus run the same
 * Windows-style label fix-up.
 */
export function recentLabel(headline: string): string {
  const oneLine = headline.replace(/\s+/g, ' ').trim() || 'Untitled';
  const short = oneLine.length > RECENT_LABEL_MAX ? `${oneLine.slice(0, RECENT_LABEL_MAX - 1).trimEnd()}…` : oneLine;
  return short.replace(/&/g, '&&');
}

function recentMenu(recent: readonly RecentArticle[]): MenuItemSpec {
  const entries: MenuItemSpec[] = recent.length
    ? [
        ...recent.map((article) => ({ label: recentLabel(article.headline), command: 'open-recent' as const, commandArg: article.id })),
        separator,
        item('clear-recent'),
      ]
    : [{ label: 'No Recent Articles', enabled: false }];
  return { label: getCommand('open-recent').label, submenu: entries };
}

export function buildMenuTemplate(platform: NodeJS.Platform, data: MenuData = { recent: [] }): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemSpec[] = mac
    ? [
        {
          label: 'Copydesk',
          submenu: [
            item('about'),
            separator,
            item('show-settings'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  // Cmd/Ctrl+W closes the open article (registry), so the Mac's Close Window item is left out.
  const quit: MenuItemSpec[] = mac
    ? []
    : [item('show-settings'), separator, platform === 'win32' ? { role: 'quit', label: 'E&xit' } : { role: 'quit', label: '&Quit' }];
  const about: MenuItemSpec[] = mac ? [] : [separator, item('about')];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        item('new-article'),
        item('import'),
        recentMenu(data.recent),
        separator,
        item('save-now'),
        item('close-article'),
        item('export'),
        separator,
        item('backup'),
        item('restore-backup'),
        separator,
        ...quit,
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
        item('paste-as-new'),
        { role: 'selectAll' },
        separator,
        item('find'),
        item('replace-in-library'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('show-editor'),
        item('show-preview'),
        item('show-mobile-preview'),
        separator,
        item('show-library'),
        item('show-trash'),
        separator,
        item('command-palette'),
        separator,
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Article',
      submenu: [
        item('save-version'),
        item('show-history'),
        separator,
        { label: 'Status', submenu: ARTICLE_STATUSES.map((status) => item(statusCommandId(status))) },
        {
          label: 'Review',
          submenu: [
            item('toggle-suggesting'),
            item('add-comment'),
            separator,
            item('next-change'),
            item('previous-change'),
            separator,
            item('show-review'),
            item('sign-off'),
          ],
        },
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      ...(mac ? { role: 'help' } : {}),
      submenu: [item('show-shortcuts'), item('open-data-folder'), ...about],
    },
  ];
}
