import { ARTICLE_STATUSES, type ArticleStatus } from '../article/schema';

/**
 * Every command the user can run, declared once. The native menu (hosts/electron/main/menuTemplate.ts), the
 * command palette and the keyboard-shortcuts list all read this table, so a label or an accelerator
 * changed here changes everywhere. Accelerators use Electron's syntax (`CmdOrCtrl+Shift+S`); the
 * renderer turns them into key matches and into "Ctrl"/"⌘" text itself.
 */
export type MenuName = 'File' | 'Edit' | 'View' | 'Article' | 'Help';

export interface CommandSpec {
  readonly id: CommandId;
  /** The menu item's text; `…` when the command asks for more before it acts. */
  readonly label: string;
  readonly accelerator?: string;
  /** The top-level menu it sits in on Windows and Linux (macOS moves About and Settings to the app menu). */
  readonly menu: MenuName;
  /** A sub-menu inside `menu`, such as Article › Status. */
  readonly submenu?: string;
  /** The palette's wording where the menu's leans on its submenu ("Draft" under Status). */
  readonly paletteLabel?: string;
  /** Words the palette also matches, for people who think of it by another name. */
  readonly keywords?: readonly string[];
  /** Menu-only plumbing (a recent article, clearing the list) that makes no sense typed into the palette. */
  readonly paletteHidden?: boolean;
}

const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  editing: 'Editing',
  ready: 'Ready',
  published: 'Published',
  spiked: 'Spiked',
};

const statusCommands = ARTICLE_STATUSES.map(
  (status) =>
    ({
      id: `set-status-${status}`,
      label: STATUS_LABELS[status],
      paletteLabel: `Mark as ${STATUS_LABELS[status]}`,
      menu: 'Article',
      submenu: 'Status',
      keywords: ['status', 'mark as', STATUS_LABELS[status].toLowerCase()],
    }) as const,
);

export const COMMANDS = [
  { id: 'new-article', label: 'New Article', accelerator: 'CmdOrCtrl+N', menu: 'File', keywords: ['create', 'story'] },
  { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', menu: 'File', keywords: ['open', 'markdown', 'ninjs', 'html'] },
  { id: 'open-recent', label: 'Open Recent', menu: 'File', paletteHidden: true },
  { id: 'clear-recent', label: 'Clear Recent', menu: 'File', paletteHidden: true },
  { id: 'save-now', label: 'Save Now', accelerator: 'CmdOrCtrl+S', menu: 'File' },
  { id: 'close-article', label: 'Close Article', accelerator: 'CmdOrCtrl+W', menu: 'File', keywords: ['close'] },
  { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E', menu: 'File', keywords: ['docx', 'pdf', 'nitf', 'ninjs'] },
  { id: 'backup', label: 'Back Up Library…', menu: 'File', keywords: ['backup', 'archive', 'copy'] },
  { id: 'restore-backup', label: 'Restore from Backup…', menu: 'File', keywords: ['backup', 'recover'] },
  {
    id: 'show-settings',
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    menu: 'File',
    keywords: ['preferences', 'options', 'byline', 'defaults'],
  },
  { id: 'paste-as-new', label: 'Paste as New Article', accelerator: 'CmdOrCtrl+Shift+V', menu: 'Edit', keywords: ['clipboard'] },
  { id: 'find', label: 'Find in Library', accelerator: 'CmdOrCtrl+F', menu: 'Edit', keywords: ['search'] },
  {
    id: 'replace-in-library',
    label: 'Find and Replace in Library…',
    accelerator: 'CmdOrCtrl+Alt+F',
    menu: 'Edit',
    keywords: ['replace', 'house style', 'rename', 'everywhere', 'all articles'],
  },
  {
    id: 'show-editor',
    label: 'Editor',
    paletteLabel: 'Show Editor',
    accelerator: 'CmdOrCtrl+1',
    menu: 'View',
    keywords: ['write', 'edit'],
  },
  { id: 'show-preview', label: 'Preview', paletteLabel: 'Show Preview', accelerator: 'CmdOrCtrl+2', menu: 'View' },
  {
    id: 'show-mobile-preview',
    label: 'Mobile Preview',
    paletteLabel: 'Show Mobile Preview',
    accelerator: 'CmdOrCtrl+3',
    menu: 'View',
    keywords: ['phone', 'narrow'],
  },
  { id: 'show-library', label: 'Library', paletteLabel: 'Show Library', menu: 'View', keywords: ['articles', 'list'] },
  { id: 'show-trash', label: 'Trash', paletteLabel: 'Show Trash', menu: 'View', keywords: ['deleted', 'bin'] },
  { id: 'command-palette', label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', menu: 'View', paletteHidden: true },
  {
    id: 'save-version',
    label: 'Save Version',
    accelerator: 'CmdOrCtrl+Shift+S',
    menu: 'Article',
    keywords: ['snapshot', 'revision', 'label'],
  },
  {
    id: 'show-history',
    label: 'History…',
    accelerator: 'CmdOrCtrl+Shift+H',
    menu: 'Article',
    keywords: ['versions', 'revisions', 'restore'],
  },
  ...statusCommands,
  {
    id: 'toggle-suggesting',
    label: 'Suggesting Mode',
    accelerator: 'CmdOrCtrl+Shift+E',
    menu: 'Article',
    submenu: 'Review',
    paletteLabel: 'Toggle Suggesting Mode',
    keywords: ['track changes', 'suggest', 'review'],
  },
  {
    id: 'add-comment',
    label: 'Comment on Selection',
    accelerator: 'CmdOrCtrl+Alt+M',
    menu: 'Article',
    submenu: 'Review',
    keywords: ['comment', 'query', 'note'],
  },
  {
    id: 'next-change',
    label: 'Next Change',
    accelerator: 'Alt+Shift+Down',
    menu: 'Article',
    submenu: 'Review',
    keywords: ['suggestion', 'comment'],
  },
  {
    id: 'previous-change',
    label: 'Previous Change',
    accelerator: 'Alt+Shift+Up',
    menu: 'Article',
    submenu: 'Review',
    keywords: ['suggestion', 'comment'],
  },
  {
    id: 'show-review',
    label: 'Review Panel',
    menu: 'Article',
    submenu: 'Review',
    paletteLabel: 'Show Review Panel',
    keywords: ['suggestions', 'comments', 'track changes'],
  },
  {
    id: 'sign-off',
    label: 'Sign Off',
    menu: 'Article',
    submenu: 'Review',
    paletteLabel: 'Sign Off Article',
    keywords: ['approve', 'edited', 'review'],
  },
  { id: 'show-shortcuts', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', menu: 'Help', keywords: ['keys', 'hotkeys'] },
  { id: 'open-data-folder', label: 'Open Data Folder', menu: 'Help', keywords: ['library', 'files', 'reveal'] },
  { id: 'about', label: 'About Copydesk', menu: 'Help', keywords: ['version'] },
] as const satisfies readonly (Omit<CommandSpec, 'id'> & { id: string })[];

export type CommandId = (typeof COMMANDS)[number]['id'];
export const COMMAND_IDS = COMMANDS.map((command) => command.id) as readonly CommandId[];

const byId = new Map<string, CommandSpec>(COMMANDS.map((command) => [command.id, command as CommandSpec]));

export function getCommand(id: CommandId): CommandSpec {
  const command = byId.get(id);
  if (!command) throw new Error(`Unknown command: ${id}`);
  return command;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && byId.has(value);
}

export function statusCommandId(status: ArticleStatus): CommandId {
  return `set-status-${status}`;
}

/** The status a `set-status-*` command sets, or null for any other command. */
export function statusOfCommand(id: CommandId): ArticleStatus | null {
  const status = id.startsWith('set-status-') ? id.slice('set-status-'.length) : '';
  return (ARTICLE_STATUSES as readonly string[]).includes(status) ? (status as ArticleStatus) : null;
}

/** What the palette offers: every command that acts on its own. */
export const paletteCommands = (): CommandSpec[] =>
  COMMANDS.filter((command) => !('paletteHidden' in command)).map((command) => command as CommandSpec);

export const paletteLabel = (command: CommandSpec): string => command.paletteLabel ?? command.label;

/** Where a command lives, for the palette's second line: "Article › Status". */
export const commandPath = (command: CommandSpec): string => (command.submenu ? `${command.menu} › ${command.submenu}` : command.menu);

/**
 * Shortcuts that are not commands (Electron's built-in edit and view roles, and the body editor's own
 * keys) but belong in the Keyboard Shortcuts list, so it is the whole answer to "what does Ctrl+… do".
 */
export interface BuiltinShortcut {
  readonly label: string;
  readonly accelerator: string;
  readonly group: 'Edit' | 'View' | 'Text';
}

export const BUILTIN_SHORTCUTS: readonly BuiltinShortcut[] = [
  { label: 'Undo', accelerator: 'CmdOrCtrl+Z', group: 'Edit' },
  { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', group: 'Edit' },
  { label: 'Cut', accelerator: 'CmdOrCtrl+X', group: 'Edit' },
  { label: 'Copy', accelerator: 'CmdOrCtrl+C', group: 'Edit' },
  { label: 'Paste', accelerator: 'CmdOrCtrl+V', group: 'Edit' },
  { label: 'Select All', accelerator: 'CmdOrCtrl+A', group: 'Edit' },
  { label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', group: 'View' },
  { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', group: 'View' },
  { label: 'Actual Size', accelerator: 'CmdOrCtrl+0', group: 'View' },
  { label: 'Bold', accelerator: 'CmdOrCtrl+B', group: 'Text' },
  { label: 'Italic', accelerator: 'CmdOrCtrl+I', group: 'Text' },
  { label: 'Underline', accelerator: 'CmdOrCtrl+U', group: 'Text' },
  { label: 'Quote', accelerator: 'CmdOrCtrl+Shift+B', group: 'Text' },
  { label: 'Bulleted list', accelerator: 'CmdOrCtrl+Shift+8', group: 'Text' },
  { label: 'Numbered list', accelerator: 'CmdOrCtrl+Shift+7', group: 'Text' },
  { label: 'Related teaser', accelerator: 'CmdOrCtrl+Shift+R', group: 'Text' },
];
