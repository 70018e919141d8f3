import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { SETTINGS_FILE, SettingsStore, WINDOW_LAYOUTS_MAX } from './settings';
import {
  applySettingsPatch,
  defaultSettings,
  migrateSettings,
  SettingsMigrationError,
  SettingsPatchSchema,
  SettingsSchema,
} from '../../core/settings/settingsSchema';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(() => cleanup());

const fixedNow = () => new Date('2026-03-04T05:06:07.890Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const onDisk = async () => JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8')) as Record<string, unknown>;

describe('settings defaults and patches', () => {
  it('has the documented defaults', () => {
    const settings = defaultSettings();
    expect(settings).toMatchObject({
      settingsVersion: 1,
      defaults: { section: '', byline: '', language: 'en', credit: '' },
      limits: { headline: 70, standfirst: 200 },
      spellcheck: { languages: ['en-US'] },
      export: { formats: ['html', 'docx'], imageMode: 'alongside', wrapWidth: 69, ninjsVersion: '3.1', paper: 'A4' },
      theme: 'system',
      windows: {},
      lastOpenArticleId: null,
      recentArticleIds: [],
    });
  });

  it('applies a patch section by section', () => {
    const next = applySettingsPatch(defaultSettings(), { limits: { headline: 80 }, defaults: { byline: '  Ana Ruiz ' }, theme: 'dark' });
    expect(next.limits).toEqual({ headline: 80, standfirst: 200 });
    expect(next.defaults.byline).toBe('Ana Ruiz');
    expect(next.theme).toBe('dark');
  });

  it.each([
    [{ limits: { headline: 5 } }, 'limits.headline'],
    [{ limits: { standfirst: 12.5 } }, 'limits.standfirst'],
    [{ export: { formats: [] } }, 'export.formats'],
    [{ export: { formats: ['html', 'html'] } }, 'export.formats'],
    [{ export: { formats: ['rtf'] } }, 'export.formats.0'],
    [{ spellcheck: { languages: ['english'] } }, 'spellcheck.languages.0'],
    [{ defaults: { language: 'not a tag!' } }, 'defaults.language'],
    [{ theme: 'sepia' }, 'theme'],
    [{ windows: {} }, ''],
    [{ recentArticleIds: [] }, ''],
  ])('refuses the patch %j', (patch, path) => {
    const result = SettingsPatchSchema.safeParse(patch);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.path.join('.')).toBe(path);
  });

  it('tidies a recent list that repeats or runs long instead of refusing the file', () => {
    const ids = [id(1), id(2), id(1), ...Array.from({ length: 12 }, (_, i) => id(i + 3))];
    const parsed = SettingsSchema.parse({ settingsVersion: 1, recentArticleIds: ids });
    expect(parsed.recentArticleIds).toEqual([id(1), id(2), ...Array.from({ length: 8 }, (_, i) => id(i + 3))]);
  });
});

describe('settings migration', () => {
  const v0 = {
    byline: 'By Ana Ruiz',
    section: 'Politics',
    credit: 'Staff',
    language: 'en-GB',
    headlineLimit: 65,
    standfirstLimit: 180,
    spellcheckLanguage: 'en-GB',
    theme: 'dark',
    exportFormats: ['md', 'txt'],
    window: { x: 40, y: 30, width: 1100, height: 700, maximized: true },
    lastArticleId: id(7),
  };

  it('moves a v0 file to v1', () => {
    const { data, from } = migrateSettings(v0);
    expect(from).toBe(0);
    const settings = SettingsSchema.parse(data);
    expect(settings.defaults).toEqual({ section: 'Politics', byline: 'By Ana Ruiz', language: 'en-GB', credit: 'Staff' });
    expect(settings.limits).toEqual({ headline: 65, standfirst: 180 });
    expect(settings.spellcheck.languages).toEqual(['en-GB']);
    expect(settings.export.formats).toEqual(['md', 'txt']);
    expect(settings.export.wrapWidth).toBe(69);
    expect(settings.theme).toBe('dark');
    expect(settings.windows['*']).toMatchObject({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true });
    expect(settings.lastOpenArticleId).toBe(id(7));
  });

  it('moves an empty v0 file to the defaults', () => {
    expect(SettingsSchema.parse(migrateSettings({}).data)).toEqual(defaultSettings());
  });

  it('leaves a current file alone and refuses what it cannot read', () => {
    expect(migrateSettings({ settingsVersion: 1, theme: 'light' })).toEqual({ data: { settingsVersion: 1, theme: 'light' }, from: 1 });
    for (const bad of [null, [], 'text', { settingsVersion: 'one' }, { settingsVersion: -1 }, { settingsVersion: 2 }]) {
      expect(() => migrateSettings(bad)).toThrow(SettingsMigrationError);
    }
  });

  it('migrates a v0 file on open and writes it back as v1', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify(v0));
    const store = await SettingsStore.open(dir);
    expect(store.recovery).toBeNull();
    expect(store.get().defaults.byline).toBe('By Ana Ruiz');
    expect(await onDisk()).toMatchObject({ settingsVersion: 1, limits: { headline: 65, standfirst: 180 } });
  });
});

describe('SettingsStore', () => {
  it('starts from defaults without writing when there is no file', async () => {
    const store = await SettingsStore.open(dir);
    expect(store.get()).toEqual(defaultSettings());
    expect(store.recovery).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('stores a patch durably and reads it back', async () => {
    const store = await SettingsStore.open(dir);
    await store.update({ spellcheck: { languages: ['en-GB', 'en-US'] }, export: { paper: 'Letter' } });
    const again = await SettingsStore.open(dir);
    expect(again.get().spellcheck.languages).toEqual(['en-GB', 'en-US']);
    expect(again.get().export.paper).toBe('Letter');
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
  });

  it('rejects an invalid patch and keeps what it had', async () => {
    const store = await SettingsStore.open(dir);
    await expect(store.update({ limits: { headline: 1 } })).rejects.toThrow();
    expect(store.get().limits.headline).toBe(70);
    await store.update({ limits: { headline: 90 } });
    expect(store.get().limits.headline).toBe(90);
  });

  it.each([
    ['broken JSON', '{"settingsVersion": 1, "theme": '],
    ['an invalid value', JSON.stringify({ settingsVersion: 1, limits: { headline: 'long' } })],
    ['not an object', '[1, 2, 3]'],
  ])('falls back to defaults on %s and keeps the bad file', async (_name, text) => {
    await writeFile(join(dir, SETTINGS_FILE), text);
    const store = await SettingsStore.open(dir, { now: fixedNow });
    expect(store.get()).toEqual(defaultSettings());
    const keptAs = join(dir, 'settings.json.bad-2026-03-04T05-06-07-890Z');
    expect(store.recovery).toEqual({ reason: expect.any(String), keptAs });
    expect(await readFile(keptAs, 'utf8')).toBe(text);
    await store.update({ theme: 'light' });
    expect((await readdir(dir)).sort()).toEqual([SETTINGS_FILE, 'settings.json.bad-2026-03-04T05-06-07-890Z']);
  });

  it('names the bad field in the recovery reason', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ settingsVersion: 1, limits: { headline: 'long' } }));
    const store = await SettingsStore.open(dir, { now: fixedNow });
    expect(store.recovery?.reason).toMatch(/limits\.headline/);
  });

  it('never writes over a file from a newer Copydesk', async () => {
    const newer = JSON.stringify({ settingsVersion: 2, somethingNew: true });
    await writeFile(join(dir, SETTINGS_FILE), newer);
    const store = await SettingsStore.open(dir);
    expect(store.recovery).toEqual({ reason: expect.stringMatching(/newer/), keptAs: null });
    await store.update({ theme: 'dark' });
    expect(store.get().theme).toBe('dark');
    expect(await readFile(join(dir, SETTINGS_FILE), 'utf8')).toBe(newer);
  });

  it('keeps ten recent articles, most recent first, without repeats', async () => {
    const store = await SettingsStore.open(dir);
    for (let n = 1; n <= 12; n++) await store.openedArticle(id(n));
    await store.openedArticle(id(5));
    const settings = store.get();
    expect(settings.lastOpenArticleId).toBe(id(5));
    expect(settings.recentArticleIds).toEqual([5, 12, 11, 10, 9, 8, 7, 6, 4, 3].map(id));
    await store.forgetArticle(id(5));
    expect(store.get().lastOpenArticleId).toBeNull();
    expect(store.get().recentArticleIds).not.toContain(id(5));
    await store.clearRecent();
    expect((await onDisk()).recentArticleIds).toEqual([]);
  });

  it('serialises concurrent changes', async () => {
    const store = await SettingsStore.open(dir);
    await Promise.all([
      store.openedArticle(id(1)),
      store.update({ theme: 'dark' }),
      store.openedArticle(id(2)),
      store.update({ limits: { standfirst: 300 } }),
    ]);
    const disk = await onDisk();
    expect(disk).toMatchObject({ theme: 'dark', limits: { standfirst: 300 }, recentArticleIds: [id(2), id(1)] });
  });

  it('remembers window states per display layout and drops the oldest', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const store = await SettingsStore.open(dir, { now: () => new Date((clock += 1000)) });
    for (let n = 0; n < WINDOW_LAYOUTS_MAX + 2; n++) {
      await store.saveWindowState(`layout-${n}`, { bounds: { x: n, y: 0, width: 900, height: 600 }, maximized: false });
    }
    await store.saveWindowState('layout-3', { bounds: { x: 3, y: 3, width: 1000, height: 700 }, maximized: true });
    const layouts = Object.keys(store.get().windows);
    expect(layouts).toHaveLength(WINDOW_LAYOUTS_MAX);
    expect(layouts[0]).toBe('layout-3');
    expect(layouts).not.toContain('layout-0');
    expect(store.get().windows['layout-3']).toMatchObject({ maximized: true, bounds: { width: 1000 } });
  });

  it('tells subscribers about each stored change, and stops when asked', async () => {
    const store = await SettingsStore.open(dir);
    const seen: string[] = [];
    const stop = store.subscribe((settings) => seen.push(settings.theme));
    await store.update({ theme: 'dark' });
    await expect(store.update({ theme: 'sepia' as never })).rejects.toThrow();
    await store.update({ theme: 'light' });
    stop();
    await store.update({ theme: 'system' });
    expect(seen).toEqual(['dark', 'light']);
  });
});
