import { z } from 'zod';
import { CopydeskError } from '../../core/errors';

export const MANIFEST = 'copydesk-backup.json';
export const MANIFEST_VERSION = 1;
/** A manifest lists one line per file: 10,000 articles with their history fit in a few MB. */
export const MANIFEST_MAX_BYTES = 32 * 1024 * 1024;

const ManifestSchema = z.object({
  format: z.literal('copydesk-backup'),
  version: z.literal(MANIFEST_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export const invalidBackup = (message: string) => new CopydeskError('invalid_backup', message);

/** A newer format is named as such (update Copydesk), not called damaged. */
export function parseManifest(text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidBackup('The backup’s manifest is damaged (it is not valid JSON); the backup cannot be trusted, and nothing was restored.');
  }
  const head = z.object({ format: z.literal('copydesk-backup'), version: z.number() }).safeParse(json);
  if (head.success && head.data.version > MANIFEST_VERSION) {
    const by = z.object({ appVersion: z.string() }).safeParse(json);
    throw invalidBackup(
      `This backup was made by a newer version of Copydesk${by.success ? ` (${by.data.appVersion})` : ''}, in backup format ${head.data.version}; this version reads format ${MANIFEST_VERSION}. Update Copydesk to restore it. Nothing was restored.`,
    );
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success)
    throw invalidBackup(
      `The backup’s manifest is damaged (${parsed.error.issues[0]?.path.join('.') || 'its shape'} is wrong); the backup cannot be trusted, and nothing was restored.`,
    );
  return parsed.data;
}
