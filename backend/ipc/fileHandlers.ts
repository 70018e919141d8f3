import { CopydeskError } from '../../core/errors';
import type { InAppFileDialogs } from '../files/inAppFileDialogs';
import type { Handlers } from './router';

type FileHandlers = Pick<Handlers, 'fileDialogCurrent' | 'fileDialogList' | 'fileDialogMakeFolder' | 'fileDialogAnswer'>;

/** The in-app file dialog's channels; a host with native dialogs (Electron) has none open, ever. */
export function createFileHandlers(dialogs: InAppFileDialogs | null): FileHandlers {
  const need = () => {
    if (!dialogs) throw new CopydeskError('no_dialog', 'This window uses the system’s file dialogs.');
    return dialogs;
  };
  return {
    fileDialogCurrent: () => dialogs?.current() ?? null,
    fileDialogList: ({ dialogId, path }) => need().list(dialogId, path),
    fileDialogMakeFolder: ({ dialogId, parent, name }) => need().makeFolder(dialogId, parent, name),
    fileDialogAnswer: ({ dialogId, paths }) => need().answer(dialogId, paths),
  };
}
