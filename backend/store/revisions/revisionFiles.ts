import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Low } from 'lowdb';
import { RevisionMetaSchema, type RevisionMeta } from '../../../core/history/revisionMeta';
import { DurableJsonFile } from '../durableJsonFile';
import { writeFileDurably } from '../durableWrite';

/**
 * One revision on disk: its metadata and the article as it was stored then. `article` stays raw JSON:
 * a migration revision holds a file in an older shape, and every snapshot is read through the
 * migrations, so revisions taken today still open after the schema moves on.
 */
const RevisionFileSchema = z.object({ revision: RevisionMetaSchema, article: z.unknown() });
export type RevisionFile = z.infer<typeof RevisionFileSchema>;

const INDEX_VERSION = 1;
const RevisionIndexSchema = z.object({ indexVersion: z.literal(INDEX_VERSION), revisions: z.array(RevisionMetaSchema) });
type RevisionIndexFile = z.infer<typeof RevisionIndexSchema>;

export const REVISION_INDEX_FILE = 'index.json';
export const revisionFileName = (revisionId: string) => `${revisionId}.json`;
export const revisionIdOfFile = (name: string): string | null => /^(\d{8}T\d{9}Z-[0-9a-f]{6})\.json$/.exec(name)?.[1] ?? null;

export async function writeRevisionFile(dir: string, file: RevisionFile): Promise<void> {
  await writeFileDurably(join(dir, revisionFileName(file.revision.revisionId)), JSON.stringify(file));
}

/** The parsed file, or a reason it cannot be used (the caller quarantines it). */
export async function readRevisionFile(dir: string, revisionId: string, articleId: string): Promise<RevisionFile | { unreadable: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, revisionFileName(revisionId)), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    return { unreadable: `The revision file is not valid JSON (${(error as Error).message}).` };
  }
  const parsed = RevisionFileSchema.safeParse(json);
  if (!parsed.success)
    return { unreadable: `The revision file is not a Copydesk revision: ${parsed.error.issues[0]?.path.join('.') || 'the file'}.` };
  const { revision } = parsed.data;
  if (revision.revisionId !== revisionId || revision.articleId !== articleId)
    return { unreadable: 'The revision file does not belong where it was found.' };
  return parsed.data;
}

/** The per-article list of revisions; null when missing or unreadable, and then rebuilt from the files. */
export async function readRevisionIndex(dir: string): Promise<RevisionMeta[] | null> {
  try {
    const parsed = RevisionIndexSchema.safeParse(await new DurableJsonFile<unknown>(join(dir, REVISION_INDEX_FILE)).read());
    return parsed.success ? parsed.data.revisions : null;
  } catch {
    return null;
  }
}

export async function writeRevisionIndex(dir: string, revisions: RevisionMeta[]): Promise<void> {
  const db = new Low<RevisionIndexFile>(new DurableJsonFile<RevisionIndexFile>(join(dir, REVISION_INDEX_FILE)), {
    indexVersion: INDEX_VERSION,
    revisions: [],
  });
  db.data = { indexVersion: INDEX_VERSION, revisions };
  await db.write();
}
