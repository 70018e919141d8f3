import { z } from 'zod';
import { ArticleStatusSchema } from '../article/schema';
import { CopydeskError } from '../errors';

/** Why a revision was taken; the history list shows it, and retention treats some reasons specially. */
export const REVISION_REASONS = ['typing', 'status', 'label', 'import', 'restore', 'migration'] as const;
export const RevisionReasonSchema = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

export const REVISION_LABEL_MAX = 120;

/** The name of an explicit version, trimmed; refused when empty or too long. */
/**
 * The first entry of an imported article's history names where it came from: "Imported from “story.docx”",
 * or "Imported from pasted text" for the paste sources ("Pasted text", "Pasted selection", "Pasted page").
 */
export function importLabel(source: string): string {
  const name = source.trim().replace(/\s+/g, ' ');
  const label = /^pasted /i.test(name) ? `Imported from ${name.toLowerCase()}` : `Imported from “${name}”`;
  return label.length <= REVISION_LABEL_MAX ? label : `${label.slice(0, REVISION_LABEL_MAX - 2)}…”`;
}

export function versionLabel(label: string): string {
  const name = label.trim();
  if (name === '' || name.length > REVISION_LABEL_MAX)
    throw new CopydeskError('invalid_label', `Give the version a name of 1 to ${REVISION_LABEL_MAX} characters.`);
  return name;
}

/** A compact UTC stamp plus a random tail: sorts by time, is safe in file names on every OS, and cannot traverse paths. */
export const REVISION_ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/;
export const RevisionIdSchema = z.string().regex(REVISION_ID_PATTERN, 'Not a revision id.');

export const RevisionMetaSchema = z.object({
  revisionId: RevisionIdSchema,
  articleId: z.uuid(),
  createdAt: z.string(),
  label: z.string().max(REVISION_LABEL_MAX).nullable(),
  reason: RevisionReasonSchema,
  status: ArticleStatusSchema,
  words: z.number().int().min(0),
  /** The snapshot's own updatedAt: tells whether the article's saved state is already in the history. */
  articleUpdatedAt: z.string(),
});
export type RevisionMeta = z.infer<typeof RevisionMetaSchema>;

export function revisionIdFor(at: Date, randomHex: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${randomHex.slice(0, 6)}`;
}

/** Newest first; createdAt is kept strictly increasing per article, so ties only come from hand-made files. */
export function newestFirst(a: Pick<RevisionMeta, 'createdAt' | 'revisionId'>, b: Pick<RevisionMeta, 'createdAt' | 'revisionId'>): number {
  return b.createdAt.localeCompare(a.createdAt) || b.revisionId.localeCompare(a.revisionId);
}
