import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Copydesk's folder in the OS's per-user app-data place: the same folder Electron's
 * app.getPath('userData') gives Copydesk, computed without Electron.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Copydesk');
}

/** The app's own library (appDataDir()/library), so the CLI and the browser host open it by default. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.COPYDESK_DATA_DIR) return env.COPYDESK_DATA_DIR;
  return join(appDataDir(env, platform), 'library');
}
