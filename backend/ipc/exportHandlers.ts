import { CopydeskError } from '../../core/errors';
import type { Platform } from '../platform';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/exportJob';
import type { ExportJobs } from '../export/exportJobs';
import { folderExists } from '../export/exportWriter';
import type { PreferencesStore } from '../store/preferences';
import type { Handlers } from './router';

type ExportHandlers = Pick<
  Handlers,
  'getExportPreferences' | 'chooseExportFolder' | 'startExport' | 'exportStatus' | 'cancelExport' | 'showExportedFile'
>;

const knownFormats = (formats: string[]) => formats.filter((f): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f));

/**
 * Export channels. The destination folder is chosen in a native dialog here and remembered in main;
 * the renderer only ever sees it to display it, and never sends a path back.
 */
export function createExportHandlers(jobs: ExportJobs, preferences: PreferencesStore, platform: Platform): ExportHandlers {
  const current = () => {
    const prefs = preferences.get();
    return { folder: prefs.exportFolder, formats: knownFormats(prefs.exportFormats) };
  };
  return {
    getExportPreferences: current,
    chooseExportFolder: async () => {
      const folder = await platform.chooseFolder({
        title: 'Export to folder',
        defaultPath: preferences.get().exportFolder ?? undefined,
        acceptLabel: 'Export here',
      });
      if (!folder) return null;
      await preferences.update({ exportFolder: folder });
      return current();
    },
    startExport: async (request) => {
      const folder = preferences.get().exportFolder;
      if (!folder) throw new CopydeskError('no_folder', 'Choose a destination folder first.');
      if (!(await folderExists(folder)))
        throw new CopydeskError('no_folder', `The folder ${folder} no longer exists. Choose the destination again.`);
      await preferences.update({ exportFormats: request.formats });
      return jobs.start(folder, request);
    },
    exportStatus: ({ jobId }) => jobs.status(jobId),
    cancelExport: ({ jobId }) => {
      jobs.cancel(jobId);
      return null;
    },
    showExportedFile: async ({ jobId, index }) => {
      const path = jobs.pathOf(jobId, index);
      if (!path) throw new CopydeskError('not_found', 'That file was not written.');
      await platform.showItemInFolder(path);
      return null;
    },
  };
}
