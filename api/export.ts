import { z } from 'zod';
import { EXPORT_FORMATS, type ExportFormat, type ExportJobStatus } from '../core/export/exportJob';
import { channel, noInput } from './channel';

export interface ExportPreferences {
  folder: string | null;
  formats: ExportFormat[];
}

const ExportRequestSchema = z
  .object({
    articleIds: z.array(z.uuid()).min(1, 'Choose at least one article.').max(20_000),
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1, 'Choose at least one format.').max(EXPORT_FORMATS.length),
    onExists: z.enum(['replace', 'keep-both']),
    options: z
      .object({
        imageMode: z.enum(['alongside', 'embed']),
        wrapWidth: z.number().int().min(20).max(200),
        ninjsVersion: z.enum(['3.1', '2.2']),
        paper: z.enum(['A4', 'Letter']),
        suggestions: z.enum(['accept', 'reject']).nullable().optional(),
      })
      .strict(),
  })
  .strict();
const jobId = z.object({ jobId: z.uuid() }).strict();

/** Export jobs: the folder is chosen and remembered in the backend; the renderer never sends a path. */
export const exportChannels = {
  getExportPreferences: channel<ExportPreferences>()(noInput),
  chooseExportFolder: channel<ExportPreferences | null>()(noInput),
  startExport: channel<ExportJobStatus>()(ExportRequestSchema),
  exportStatus: channel<ExportJobStatus>()(jobId),
  cancelExport: channel<null>()(jobId),
  showExportedFile: channel<null>()(z.object({ jobId: z.uuid(), index: z.number().int().min(0) }).strict()),
} as const;
