/**
 * The right-click menu as data, built from the fields of Electron's `context-menu` params that it
 * needs, so each case is a unit test with a fixture instead of a click in a live window.
 */
export interface ContextMenuInput {
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface SpellState {
  platform: NodeJS.Platform;
  /** The languages being checked now, in settings order. */
  active: readonly string[];
  /** Every language the Spelling Language menu lists. */
  offered: readonly string[];
  label: (language: string) => string;
}

export type ContextAction =
  { kind: 'replace'; word: string } | { kind: 'add-word'; word: string } | { kind: 'toggle-language'; language: string };

export type EditRole = 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'selectAll';

export interface ContextMenuItemSpec {
  label?: string;
  type?: 'separator' | 'checkbox';
  checked?: boolean;
  enabled?: boolean;
  role?: EditRole;
  action?: ContextAction;
  submenu?: ContextMenuItemSpec[];
}

/** Chromium offers at most five; a longer list from elsewhere would only push the edit items away. */
const MAX_SUGGESTIONS = 5;
const separator: ContextMenuItemSpec = { type: 'separator' };
/** A single `&` would become an access-key marker and vanish from the label. */
const literal = (text: string) => text.replace(/&/g, '&&');

function spellingItems(input: ContextMenuInput): ContextMenuItemSpec[] {
  const word = input.misspelledWord.trim();
  if (!word || !input.isEditable) return [];
  const suggestions = [...new Set(input.dictionarySuggestions)].slice(0, MAX_SUGGESTIONS);
  return [
    ...(suggestions.length
      ? suggestions.map((suggestion): ContextMenuItemSpec => ({
          label: literal(suggestion),
          action: { kind: 'replace', word: suggestion },
        }))
      : [{ label: 'No Spelling Suggestions', enabled: false }]),
    separator,
    { label: `Add “${literal(word)}” to Dictionary`, action: { kind: 'add-word', word } },
  ];
}

function editItems(input: ContextMenuInput): ContextMenuItemSpec[] {
  const { canCut, canCopy, canPaste, canSelectAll } = input.editFlags;
  if (input.isEditable) {
    return [
      { label: 'Cut', role: 'cut', enabled: canCut },
      { label: 'Copy', role: 'copy', enabled: canCopy },
      { label: 'Paste', role: 'paste', enabled: canPaste },
      { label: 'Paste as Plain Text', role: 'pasteAndMatchStyle', enabled: canPaste },
      separator,
      { label: 'Select All', role: 'selectAll', enabled: canSelectAll },
    ];
  }
  return input.selectionText.trim() ? [{ label: 'Copy', role: 'copy', enabled: canCopy }] : [];
}

/** macOS checks in the languages the user set in System Settings; Electron cannot change them there. */
function languageItems(input: ContextMenuInput, spell: SpellState): ContextMenuItemSpec[] {
  if (!input.isEditable || spell.platform === 'darwin' || spell.offered.length === 0) return [];
  return [
    {
      label: 'Spelling Language',
      submenu: spell.offered.map((language) => ({
        label: literal(spell.label(language)),
        type: 'checkbox',
        checked: spell.active.includes(language),
        action: { kind: 'toggle-language', language },
      })),
    },
  ];
}

/** Drops separators at either end and any that would stand next to another. */
function tidy(items: ContextMenuItemSpec[]): ContextMenuItemSpec[] {
  const out: ContextMenuItemSpec[] = [];
  for (const item of items) {
    if (item.type === 'separator' && (out.length === 0 || out.at(-1)?.type === 'separator')) continue;
    out.push(item);
  }
  while (out.at(-1)?.type === 'separator') out.pop();
  return out;
}

/** An empty array means "show nothing": a right-click on plain page chrome. */
export function buildContextMenu(input: ContextMenuInput, spell: SpellState): ContextMenuItemSpec[] {
  return tidy([...spellingItems(input), separator, ...editItems(input), separator, ...languageItems(input, spell)]);
}

/** The languages after the user ticks or unticks one in the Spelling Language menu. */
export function toggleLanguage(active: readonly string[], language: string): string[] {
  return active.includes(language) ? active.filter((other) => other !== language) : [...active, language];
}
