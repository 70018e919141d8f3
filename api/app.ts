import { SettingsPatchSchema, type Settings } from '../core/settings/settingsSchema';
import { z } from 'zod';
import { channel, noInput } from './channel';

export interface AppInfo {
  version: string;
  dataDir: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Set when settings.json could not be read and defaults were used; the bad file is kept. */
  settingsRecovery: { reason: string; keptAs: string | null } | null;
}

/** The app itself: its info, settings, the data folder, and the flush handshake before quitting. */
export const appChannels = {
  getAppInfo: channel<AppInfo>()(noInput),
  savesFlushed: channel<null>()(noInput),
  getSettings: channel<Settings>()(noInput),
  updateSettings: channel<Settings>()(z.object({ patch: SettingsPatchSchema }).strict()),
  openDataFolder: channel<null>()(noInput),
} as const;
