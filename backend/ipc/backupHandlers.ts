import type { LibraryMaintenance } from '../backup/libraryMaintenance';
import type { Platform } from '../platform';
import type { Handlers } from './router';
import { onChosenPath } from './fileErrors';

type LibraryHandlers = Pick<Handlers, 'backUpLibrary' | 'restoreBackup'>;

/** Back up and restore: the archive and the backup file are chosen in native dialogs here, in main. */
export function createLibraryHandlers(maintenance: LibraryMaintenance, platform: Platform): LibraryHandlers {
  return {
    backUpLibrary: async () => {
      const folder = await platform.chooseFolder({ title: 'Back up the library to…', acceptLabel: 'Back up here' });
      return folder ? onChosenPath(folder, () => maintenance.backUp(folder)) : null;
    },
    restoreBackup: async () => {
      const [file] = await platform.openFiles({
        title: 'Restore from backup',
        filters: [{ name: 'Copydesk backup', extensions: ['zip'] }],
        multiple: false,
        acceptLabel: 'Restore',
      });
      return file ? onChosenPath(file, () => maintenance.restore(file)) : null;
    },
  };
}
