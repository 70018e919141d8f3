import { create } from 'zustand';
import {
  DEFAULT_EXPORT_FORMATS,
  DEFAULT_EXPORT_OPTIONS,
  type ExportFormat,
  type ExportJobStatus,
  type ExportOptions,
  type OnExists,
} from '../../../../core/export/exportJob';
import { call, errorMessage } from '../../bridge/copydesk';
import { useConfirm } from '../../state/confirmStore';
import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import { useSettings } from '../../state/settingsStore';
import { currentVisibleEntries } from '../library/useVisibleEntries';

export type ExportScope = 'current' | 'list';

interface ExportState {
  open: boolean;
  scope: ExportScope;
  formats: ExportFormat[];
  folder: string | null;
  onExists: OnExists;
  options: ExportOptions;
  job: ExportJobStatus | null;
  error: string | null;
  show(scope?: ExportScope): Promise<void>;
  close(): void;
  set(patch: Partial<Pick<ExportState, 'scope' | 'formats' | 'onExists' | 'options'>>): void;
  chooseFolder(): Promise<void>;
  start(): Promise<void>;
  cancel(): Promise<void>;
}

const POLL_MS = 150;

/** The Export dialog's state: choices, then a running job polled for progress, then its summary. */
export const useExport = create<ExportState>((set, get) => {
  const poll = async (jobId: string) => {
    while (get().job?.jobId === jobId) {
      const job = await call('exportStatus', { jobId });
      if (get().job?.jobId !== jobId) return;
      set({ job });
      if (job.finished) return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  return {
    open: false,
    scope: 'current',
    formats: [...DEFAULT_EXPORT_FORMATS],
    folder: null,
    onExists: 'keep-both',
    options: DEFAULT_EXPORT_OPTIONS,
    job: null,
    error: null,

    async show(scope) {
      const hasCurrent = useLibrary.getState().selectedId !== null;
      // Options start from Settings' export defaults; the formats and folder from the last export.
      const defaults = useSettings.getState().settings.export;
      const options = {
        imageMode: defaults.imageMode,
        wrapWidth: defaults.wrapWidth,
        ninjsVersion: defaults.ninjsVersion,
        paper: defaults.paper,
      };
      set({ open: true, job: null, error: null, options, scope: scope ?? (hasCurrent ? 'current' : 'list') });
      try {
        const prefs = await call('getExportPreferences', {});
        set({ folder: prefs.folder, formats: prefs.formats.length ? prefs.formats : (defaults.formats as ExportFormat[]) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    close: () => set({ open: false, job: null, error: null }),
    set: (patch) => set(patch),

    async chooseFolder() {
      try {
        const prefs = await call('chooseExportFolder', {});
        if (prefs) set({ folder: prefs.folder, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async start() {
      const { scope, formats, onExists, options, folder } = get();
      const library = useLibrary.getState();
      // "All in the list" means the list as shown: the current search and filters narrow the batch.
      const articleIds = scope === 'current' && library.selectedId ? [library.selectedId] : currentVisibleEntries().map((e) => e.id);
      if (onExists === 'replace') {
        const ok = await useConfirm.getState().ask({
          title: 'Replace existing files?',
          body: `Files with the same names in ${folder ?? 'the folder'} will be replaced.`,
          confirmLabel: 'Replace',
          danger: true,
        });
        if (!ok) return;
      }
      try {
        // The export reads from the store, so what is on screen is saved first.
        await useEditorSession.getState().flush();
        const job = await call('startExport', { articleIds, formats, onExists, options });
        set({ job, error: null });
        await poll(job.jobId);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async cancel() {
      const job = get().job;
      if (job && !job.finished) await call('cancelExport', { jobId: job.jobId });
    },
  };
});
