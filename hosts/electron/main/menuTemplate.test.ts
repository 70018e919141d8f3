import { describe, expect, it } from 'vitest';
import { COMMANDS, getCommand } from '../../../core/commands/registry';
import { buildMenuTemplate, recentArticles, recentLabel, type MenuItemSpec } from './menuTemplate';

const RECENT = [
  { id: '0f9c3f0e-4a55-4d8e-9d0e-1f1f7b7a0001', headline: 'Council votes to reopen the harbour baths' },
  { id: '0f9c3f0e-4a55-4d8e-9d0e-1f1f7b7a0002', headline: 'Q&A: what the new bus timetable means for you' },
  { id: '0f9c3f0e-4a55-4d8e-9d0e-1f1f7b7a0003', headline: '' },
];
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
const topLabels = (items: MenuItemSpec[]) => items.map((item) => item.label?.replace('&', '') ?? item.role);

describe('application menu template', () => {
  for (const platform of PLATFORMS) {
    it(`matches the snapshot on ${platform}`, () => {
      expect(buildMenuTemplate(platform, { recent: RECENT })).toMatchSnapshot();
    });

    it(`offers every menu command from the registry exactly once on ${platform}`, () => {
      const sent = flatten(buildMenuTemplate(platform, { recent: RECENT })).filter(
        (item) => item.command && item.command !== 'open-recent',
      );
      const ids = sent.map((item) => item.command);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(
        COMMANDS.map((command) => command.id)
          .filter((id) => id !== 'open-recent')
          .sort(),
      );
      for (const item of sent) {
        const spec = getCommand(item.command!);
        expect(item.label).toBe(spec.label);
        expect(item.accelerator).toBe(spec.accelerator);
      }
    });

    it(`puts each command under the menu the registry names on ${platform}`, () => {
      const template = buildMenuTemplate(platform, { recent: RECENT });
      for (const top of template) {
        const name = top.label?.replace('&', '');
        for (const item of flatten(top.submenu ?? [])) {
          if (!item.command) continue;
          const spec = getCommand(item.command);
          const movedToAppMenu = platform === 'darwin' && name === 'Copydesk' && ['about', 'show-settings'].includes(spec.id);
          if (!movedToAppMenu) expect(`${spec.id} in ${name}`).toBe(`${spec.id} in ${spec.menu}`);
        }
      }
    });
  }

  it('puts the app menu first on macOS only', () => {
    expect(topLabels(buildMenuTemplate('darwin'))).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Article', 'Window', 'Help']);
    expect(topLabels(buildMenuTemplate('win32'))).toEqual(['File', 'Edit', 'View', 'Article', 'Window', 'Help']);
    expect(topLabels(buildMenuTemplate('linux'))).toEqual(['File', 'Edit', 'View', 'Article', 'Window', 'Help']);
  });

  it('names Quit the way each desktop does', () => {
    const quit = (platform: NodeJS.Platform) => flatten(buildMenuTemplate(platform)).find((item) => item.role === 'quit');
    expect(quit('win32')?.label).toBe('E&xit');
    expect(quit('linux')?.label).toBe('&Quit');
    expect(quit('darwin')?.label).toBeUndefined();
  });

  it('lists recent articles with their ids, then a way to clear them', () => {
    const file = buildMenuTemplate('linux', { recent: RECENT })[0]!;
    const recent = file.submenu!.find((item) => item.label === 'Open Recent')!;
    expect(recent.submenu!.map((item) => item.label ?? item.type)).toEqual([
      'Council votes to reopen the harbour baths',
      'Q&&A: what the new bus timetable means for you',
      'Untitled',
      'separator',
      'Clear Recent',
    ]);
    expect(recent.submenu![0]).toMatchObject({ command: 'open-recent', commandArg: RECENT[0]!.id });
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const recent = buildMenuTemplate('win32')[0]!.submenu!.find((item) => item.label === 'Open Recent')!;
    expect(recent.submenu).toEqual([{ label: 'No Recent Articles', enabled: false }]);
  });

  it('keeps recent labels to one short line', () => {
    expect(recentLabel('  Storm\n\tcloses   the ferry  ')).toBe('Storm closes the ferry');
    const long = recentLabel('A'.repeat(30) + ' ' + 'B'.repeat(60));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
    expect(recentLabel('Fish & chips && more')).toBe('Fish && chips &&&& more');
  });

  it('joins recent ids with the library, dropping articles that are gone', () => {
    const live = [
      { id: 'b', headline: 'Ferry back', section: 'News' },
      { id: 'a', headline: 'Storm' },
    ];
    expect(recentArticles(['a', 'x', 'b'], live)).toEqual([
      { id: 'a', headline: 'Storm' },
      { id: 'b', headline: 'Ferry back' },
    ]);
  });
});
