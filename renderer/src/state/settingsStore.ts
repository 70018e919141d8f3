import { create } from 'zustand';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../core/settings/settingsSchema';
import { call } from '../bridge/copydesk';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  load(): Promise<Settings>;
  save(patch: SettingsPatch): Promise<void>;
}

/** The user's settings as main holds them (settings.json in the data dir); the renderer keeps a copy. */
export const useSettings = create<SettingsState>((set) => ({
  settings: defaultSettings(),
  loaded: false,
  async load() {
    const settings = await call('getSettings', {});
    set({ settings, loaded: true });
    return settings;
  },
  async save(patch) {
    set({ settings: await call('updateSettings', { patch }) });
  },
}));
