import { describe, expect, it } from 'vitest';
import { buildContextMenu, toggleLanguage, type ContextMenuInput, type ContextMenuItemSpec, type SpellState } from './contextMenuTemplate';

/** Shaped like the fields of Electron's `context-menu` params that the builder reads. */
const params = (overrides: Partial<ContextMenuInput> = {}): ContextMenuInput => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  ...overrides,
});

const labels: Record<string, string> = { 'en-US': 'English (US)', 'en-GB': 'English (UK)', de: 'German' };
const spell = (overrides: Partial<SpellState> = {}): SpellState => ({
  platform: 'linux',
  active: ['en-GB'],
  offered: ['en-US', 'en-GB'],
  label: (code) => labels[code] ?? code,
  ...overrides,
});

const shape = (items: ContextMenuItemSpec[]) => items.map((item) => item.label ?? item.type);

describe('editor context menu', () => {
  it('offers suggestions, Add to Dictionary, edit items and the language menu for a misspelling', () => {
    const menu = buildContextMenu(params({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }), spell());
    expect(shape(menu)).toEqual([
      'receive',
      'relieve',
      'separator',
      'Add “recieve” to Dictionary',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'Paste as Plain Text',
      'separator',
      'Select All',
      'separator',
      'Spelling Language',
    ]);
    expect(menu[0]!.action).toEqual({ kind: 'replace', word: 'receive' });
    expect(menu[3]!.action).toEqual({ kind: 'add-word', word: 'recieve' });
  });

  it('says so when there is no suggestion', () => {
    const menu = buildContextMenu(params({ misspelledWord: 'Zelenskyy' }), spell());
    expect(menu[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
    expect(menu[2]!.action).toEqual({ kind: 'add-word', word: 'Zelenskyy' });
  });

  it('shows at most five suggestions, each once', () => {
    const many = ['a', 'b', 'b', 'c', 'd', 'e', 'f', 'g'];
    const menu = buildContextMenu(params({ misspelledWord: 'x', dictionarySuggestions: many }), spell());
    expect(menu.filter((item) => item.action?.kind === 'replace').map((item) => item.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps an ampersand visible in labels but replaces with the real word', () => {
    const menu = buildContextMenu(params({ misspelledWord: 'AT&Tt', dictionarySuggestions: ['AT&T'] }), spell());
    expect(menu[0]).toEqual({ label: 'AT&&T', action: { kind: 'replace', word: 'AT&T' } });
    expect(menu[2]!.label).toBe('Add “AT&&Tt” to Dictionary');
  });

  it('enables edit items from the edit flags', () => {
    const menu = buildContextMenu(
      params({ selectionText: 'harbour', editFlags: { canCut: true, canCopy: true, canPaste: false, canSelectAll: true } }),
      spell(),
    );
    const byLabel = Object.fromEntries(menu.filter((item) => item.role).map((item) => [item.label, item.enabled]));
    expect(byLabel).toEqual({ Cut: true, Copy: true, Paste: false, 'Paste as Plain Text': false, 'Select All': true });
    expect(menu.find((item) => item.label === 'Cut')?.role).toBe('cut');
  });

  it('ticks the active languages in the Spelling Language menu', () => {
    const menu = buildContextMenu(params(), spell({ active: ['en-GB', 'de'], offered: ['en-US', 'en-GB', 'de'] }));
    const languages = menu.at(-1)!.submenu!;
    expect(languages.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English (US)', 'checkbox', false],
      ['English (UK)', 'checkbox', true],
      ['German', 'checkbox', true],
    ]);
    expect(languages[0]!.action).toEqual({ kind: 'toggle-language', language: 'en-US' });
  });

  it('leaves the language menu out on macOS, where the system chooses', () => {
    const menu = buildContextMenu(params({ misspelledWord: 'colour', dictionarySuggestions: ['color'] }), spell({ platform: 'darwin' }));
    expect(shape(menu)).not.toContain('Spelling Language');
    expect(shape(menu).at(-1)).toBe('Select All');
  });

  it('offers only Copy on selected, read-only text (the preview)', () => {
    const menu = buildContextMenu(
      params({
        isEditable: false,
        selectionText: 'The council voted',
        misspelledWord: 'counsil',
        editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true },
      }),
      spell(),
    );
    expect(menu).toEqual([{ label: 'Copy', role: 'copy', enabled: true }]);
  });

  it('shows nothing on a right-click with nothing to act on', () => {
    expect(buildContextMenu(params({ isEditable: false }), spell())).toEqual([]);
    expect(buildContextMenu(params({ isEditable: false, selectionText: '   ' }), spell())).toEqual([]);
  });

  it('never starts, ends or doubles a separator', () => {
    const cases = [params(), params({ misspelledWord: 'x' }), params({ isEditable: false, selectionText: 'y' })];
    for (const input of cases) {
      for (const state of [spell(), spell({ platform: 'darwin' }), spell({ offered: [] })]) {
        const menu = buildContextMenu(input, state);
        expect(menu[0]?.type).not.toBe('separator');
        expect(menu.at(-1)?.type).not.toBe('separator');
        menu.forEach((item, i) => i > 0 && item.type === 'separator' && expect(menu[i - 1]!.type).not.toBe('separator'));
      }
    }
  });

  it('toggles languages on and off, keeping order', () => {
    expect(toggleLanguage(['en-GB'], 'de')).toEqual(['en-GB', 'de']);
    expect(toggleLanguage(['en-GB', 'de'], 'en-GB')).toEqual(['de']);
    expect(toggleLanguage(['en-GB'], 'en-GB')).toEqual([]);
  });
});
