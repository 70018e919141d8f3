import { channel, noInput } from './channel';

/** Back up and restore the whole library, through dialogs the backend opens. */
export const backupChannels = {
  backUpLibrary: channel<{ path: string; files: number } | null>()(noInput),
  restoreBackup: channel<{ previous: string; files: number } | null>()(noInput),
} as const;
