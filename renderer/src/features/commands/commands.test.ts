import { describe, expect, it } from 'vitest';
import {
  acceleratorKeys,
  commandForKeyEvent,
  detectPlatform,
  formatAccelerator,
  matchesAccelerator,
  parseAccelerator,
} from './accelerators';
import { filterCommands, fuzzyScore } from './fuzzy';
import { paletteCommands } from '../../../../core/commands/registry';

const key = (init: Partial<KeyboardEvent> & { key: string; code?: string }) => ({
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  code: '',
  ...init,
});

describe('accelerators', () => {
  it('parses Electron accelerators', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+S')).toEqual({ mod: true, ctrl: false, shift: true, alt: false, key: 'S' });
    expect(parseAccelerator('CmdOrCtrl+Plus').key).toBe('Plus');
    expect(parseAccelerator('CmdOrCtrl++').key).toBe('Plus');
  });

  it('writes them the way each OS does', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'mac')).toBe('⇧⌘S');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'other')).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+,', 'mac')).toBe('⌘,');
    expect(formatAccelerator('CmdOrCtrl+Plus', 'mac')).toBe('⌘+');
    expect(formatAccelerator('Alt+F11', 'other')).toBe('Alt+F11');
    expect(acceleratorKeys('Alt+F11', 'mac')).toEqual(['⌥', 'F11']);
    expect(acceleratorKeys('CmdOrCtrl+/', 'other')).toEqual(['Ctrl', '/']);
  });

  it('tells a Mac from anything else', () => {
    expect(detectPlatform({ platform: 'MacIntel', userAgent: '' })).toBe('mac');
    expect(detectPlatform({ platform: 'Win32', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe('other');
    expect(detectPlatform({ platform: 'Linux x86_64', userAgent: '' })).toBe('other');
  });

  it('matches key presses with the right modifier per OS', () => {
    expect(matchesAccelerator(key({ key: 's', code: 'KeyS', ctrlKey: true }), 'CmdOrCtrl+S', 'other')).toBe(true);
    expect(matchesAccelerator(key({ key: 's', code: 'KeyS', metaKey: true }), 'CmdOrCtrl+S', 'other')).toBe(false);
    expect(matchesAccelerator(key({ key: 's', code: 'KeyS', metaKey: true }), 'CmdOrCtrl+S', 'mac')).toBe(true);
    expect(matchesAccelerator(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+S', 'other')).toBe(false);
    expect(matchesAccelerator(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', 'other')).toBe(true);
  });

  it('matches digits and symbols by the physical key when Shift changes the character', () => {
    expect(matchesAccelerator(key({ key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+7', 'other')).toBe(true);
    expect(matchesAccelerator(key({ key: '/', code: 'Slash', metaKey: true }), 'CmdOrCtrl+/', 'mac')).toBe(true);
    expect(matchesAccelerator(key({ key: '+', code: 'Equal', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Plus', 'other')).toBe(true);
  });

  it('finds the registry command for a key press', () => {
    expect(commandForKeyEvent(key({ key: 'k', code: 'KeyK', ctrlKey: true }), 'other')).toBe('command-palette');
    expect(commandForKeyEvent(key({ key: 'V', code: 'KeyV', ctrlKey: true, shiftKey: true }), 'other')).toBe('paste-as-new');
    expect(commandForKeyEvent(key({ key: '3', code: 'Digit3', metaKey: true }), 'mac')).toBe('show-mobile-preview');
    expect(commandForKeyEvent(key({ key: 'v', code: 'KeyV', ctrlKey: true }), 'other')).toBeNull();
    expect(commandForKeyEvent(key({ key: 'n', code: 'KeyN' }), 'other')).toBeNull();
  });
});

describe('fuzzy filter', () => {
  it('needs every character, in order', () => {
    expect(fuzzyScore('svr', 'Save Version')).not.toBeNull();
    expect(fuzzyScore('vs', 'Save')).toBeNull();
    expect(fuzzyScore('', 'anything')).toEqual({ score: 0, positions: [] });
  });

  it('prefers word starts and runs', () => {
    expect(fuzzyScore('sv', 'Save Version')!.score).toBeGreaterThan(fuzzyScore('sv', 'Paste as New')?.score ?? -Infinity);
    expect(fuzzyScore('exp', 'Export…')!.positions).toEqual([0, 1, 2]);
  });

  it('ignores case and accents', () => {
    expect(fuzzyScore('CAFE', 'Café')).not.toBeNull();
  });

  it('puts the obvious command first', () => {
    const first = (query: string) => filterCommands(query)[0]?.command.id;
    expect(first('export')).toBe('export');
    expect(first('save v')).toBe('save-version');
    expect(first('hist')).toBe('show-history');
    expect(first('mobile')).toBe('show-mobile-preview');
    expect(first('spik')).toBe('set-status-spiked');
    expect(first('settings')).toBe('show-settings');
  });

  it('finds commands by keyword and menu path too', () => {
    expect(filterCommands('preferences').map((m) => m.command.id)).toContain('show-settings');
    expect(filterCommands('status').map((m) => m.command.id)).toEqual(expect.arrayContaining(['set-status-draft', 'set-status-published']));
  });

  it('lists every palette command for an empty query, in menu order', () => {
    expect(filterCommands('  ').map((m) => m.command.id)).toEqual(paletteCommands().map((c) => c.id));
  });

  it('finds nothing for nonsense', () => {
    expect(filterCommands('zzzqqq')).toEqual([]);
  });
});

describe('fuzzy placement', () => {
  it('prefers word starts over the leftmost letters', () => {
    expect(fuzzyScore('sv', 'Save Version')!.positions).toEqual([0, 5]);
    expect(filterCommands('sv')[0]?.command.id).toBe('save-version');
  });
});

describe('palette wording', () => {
  it('says what a status or view command does, and ranks a strong keyword over scattered letters', () => {
    const ids = filterCommands('stat').map((m) => m.command.id);
    expect(ids.slice(0, 5).every((id) => id.startsWith('set-status-'))).toBe(true);
    expect(filterCommands('mark pub')[0]?.command.id).toBe('set-status-published');
    expect(filterCommands('show ed')[0]?.command.id).toBe('show-editor');
  });
});
