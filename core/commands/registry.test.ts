import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES } from '../article/schema';
import {
  BUILTIN_SHORTCUTS,
  COMMANDS,
  COMMAND_IDS,
  commandPath,
  getCommand,
  isCommandId,
  paletteCommands,
  statusCommandId,
  statusOfCommand,
} from './registry';

/** The commands the IPC contract carried before the registry existed; the menu must keep sending them. */
const CONTRACT_COMMANDS_BEFORE = [
  'new-article',
  'save-now',
  'show-editor',
  'show-preview',
  'show-trash',
  'show-library',
  'import',
  'paste-as-new',
  'export',
];
const NEW_COMMANDS = [
  'find',
  'save-version',
  'show-history',
  'backup',
  'restore-backup',
  'show-mobile-preview',
  'show-settings',
  'show-shortcuts',
  'command-palette',
  'open-data-folder',
  'about',
  ...ARTICLE_STATUSES.map((status) => `set-status-${status}`),
];

/** Keys the body editor (TipTap's StarterKit and our own extensions) binds while it has focus. */
const EDITOR_KEYS = [
  'Mod-b',
  'Mod-i',
  'Mod-u',
  'Mod-e',
  'Mod-Shift-s',
  'Mod-Shift-b',
  'Mod-Shift-7',
  'Mod-Shift-8',
  'Mod-Shift-9',
  'Mod-Shift-r',
  'Mod-Alt-0',
  'Mod-Alt-c',
  'Mod-a',
  'Mod-z',
  'Mod-y',
  'Mod-Shift-z',
  'Mod-Enter',
];
const asEditorKey = (accelerator: string) =>
  accelerator
    .replace('CmdOrCtrl', 'Mod')
    .replace(/\+/g, '-')
    .replace(/-([A-Z0-9])$/, (_m, key: string) => `-${key.toLowerCase()}`);

describe('command registry', () => {
  it('keeps every command the contract already sends, and adds the new ones', () => {
    for (const id of [...CONTRACT_COMMANDS_BEFORE, ...NEW_COMMANDS]) expect(COMMAND_IDS).toContain(id);
  });

  it('has unique ids and unique accelerators', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    const accelerators = COMMANDS.flatMap((command) => ('accelerator' in command ? [command.accelerator.toLowerCase()] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('takes no accelerator that a built-in shortcut already uses', () => {
    const builtin = new Set(BUILTIN_SHORTCUTS.map((shortcut) => shortcut.accelerator.toLowerCase()));
    for (const command of COMMANDS)
      if ('accelerator' in command) expect(builtin.has(command.accelerator.toLowerCase()), command.id).toBe(false);
  });

  it('writes accelerators in the form Electron parses: modifiers first, one key last', () => {
    const modifier = /^(CmdOrCtrl|Shift|Alt)$/;
    for (const command of COMMANDS) {
      if (!('accelerator' in command)) continue;
      const parts = command.accelerator.split('+');
      expect(
        parts.slice(0, -1).every((part) => modifier.test(part)),
        command.accelerator,
      ).toBe(true);
      expect(parts.at(-1), command.accelerator).toMatch(/^([A-Z0-9]|[,/]|F\d{1,2}|Up|Down)$/);
    }
  });

  it('shadows only the two editor keys we know about (fix them in the editor, not by surprise)', () => {
    const editorKeys = new Set(EDITOR_KEYS.map((key) => key.toLowerCase()));
    const clashes = COMMANDS.filter(
      (command) => 'accelerator' in command && editorKeys.has(asEditorKey(command.accelerator).toLowerCase()),
    ).map((command) => command.id);
    // Save Version takes strikethrough's Mod-Shift-S, Export takes inline code's Mod-E.
    expect(clashes.sort()).toEqual(['export', 'save-version']);
  });

  it('labels menu items that open a dialog with an ellipsis, and no others', () => {
    const asksMore = [
      'import',
      'export',
      'backup',
      'restore-backup',
      'show-settings',
      'show-history',
      'command-palette',
      'replace-in-library',
    ];
    for (const command of COMMANDS) expect(command.label.endsWith('…'), command.id).toBe(asksMore.includes(command.id));
  });

  it('maps status commands both ways', () => {
    for (const status of ARTICLE_STATUSES) expect(statusOfCommand(statusCommandId(status))).toBe(status);
    expect(statusOfCommand('save-now')).toBeNull();
    expect(getCommand('set-status-spiked')).toMatchObject({ label: 'Spiked', menu: 'Article', submenu: 'Status' });
    expect(commandPath(getCommand('set-status-ready'))).toBe('Article › Status');
    expect(commandPath(getCommand('export'))).toBe('File');
  });

  it('recognises its own ids and nothing else', () => {
    expect(isCommandId('find')).toBe(true);
    expect(isCommandId('set-status-archived')).toBe(false);
    expect(isCommandId(42)).toBe(false);
    expect(() => getCommand('nope' as never)).toThrow(/Unknown command/);
  });

  it('keeps menu plumbing out of the palette', () => {
    const ids = paletteCommands().map((command) => command.id);
    expect(ids).not.toContain('open-recent');
    expect(ids).not.toContain('clear-recent');
    expect(ids).not.toContain('command-palette');
    expect(ids).toContain('save-version');
  });
});
