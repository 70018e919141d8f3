import { z } from 'zod';

/**
 * The review data that lives beside the body: comment threads, suggestions in the single-line fields,
 * the editor's note and sign-offs. Suggestions and comment anchors in the body are marks on the body
 * itself (see reviewMarks.ts), so the body stays plain ProseMirror JSON that a Yjs document can carry.
 */
export const REVIEW_LIMITS = {
  comments: 5000,
  commentText: 10_000,
  author: 120,
  initials: 8,
  editorNote: 5000,
  signOffs: 200,
} as const;

const isoUtc = z.iso.datetime({ offset: false, message: 'Must be a UTC ISO 8601 date-time.' });
const author = z.string().max(REVIEW_LIMITS.author);
/** Ids come from Word files too (w:id), so any short token is accepted. */
export const ReviewIdSchema = z.string().min(1).max(64);

/** The single-line fields a suggestion can change, besides the body. */
export const SUGGESTIBLE_FIELDS = ['headline', 'standfirst', 'byline', 'dateline', 'source', 'caption', 'credit'] as const;
export type SuggestibleField = (typeof SUGGESTIBLE_FIELDS)[number];

/**
 * A comment anchored in a single-line field rather than the body: the field and the UTF-16 offsets of
 * the range in its text (what a textarea's selection gives). The offsets are mapped through every edit
 * of the field (core/review/fieldAnchors.ts); start === end means the text was deleted (orphaned).
 */
export const FieldAnchorSchema = z
  .object({
    field: z.enum(SUGGESTIBLE_FIELDS),
    start: z.number().int().min(0).max(5000),
    end: z.number().int().min(0).max(5000),
  })
  .refine((a) => a.start <= a.end, { message: 'A field anchor must not end before it starts.' });
export type FieldAnchor = z.infer<typeof FieldAnchorSchema>;

export const CommentSchema = z.object({
  id: ReviewIdSchema,
  /** The thread's first comment has no parent; replies point at it. */
  parentId: ReviewIdSchema.nullable(),
  author,
  initials: z.string().max(REVIEW_LIMITS.initials),
  /** Word comments may carry no date; an empty string says "unknown" rather than inventing one. */
  date: z.union([isoUtc, z.literal('')]),
  text: z.string().max(REVIEW_LIMITS.commentText),
  resolved: z.boolean(),
  /** The text the comment was anchored to when it was made, so an orphaned comment still says what it was about. */
  quote: z.string().max(2000),
  /** Set on a thread's root when it is anchored in a field (schema version 4); body anchors are comment marks. */
  fieldAnchor: FieldAnchorSchema.optional(),
});
export type ReviewComment = z.infer<typeof CommentSchema>;

/**
 * A field edited in suggesting mode keeps its accepted text as `base`; the field's value is the
 * suggested text. Accepting drops `base`, rejecting puts it back. The difference between the two is
 * shown word by word, as insertions and deletions, like the body's.
 */
export const FieldSuggestionSchema = z.object({
  base: z.string().max(5000),
  author,
  date: z.union([isoUtc, z.literal('')]),
});
export type FieldSuggestion = z.infer<typeof FieldSuggestionSchema>;

export const SignOffSchema = z.object({
  reviewer: author,
  initials: z.string().max(REVIEW_LIMITS.initials),
  at: isoUtc,
  /** The status the sign-off moved the article to, if it came with one (Edited or Ready). */
  status: z.string().max(20).nullable(),
  /** The history version saved at sign-off, for "changes since my sign-off". */
  revisionId: z.string().max(200).nullable(),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const ReviewSchema = z.object({
  comments: z.array(CommentSchema).max(REVIEW_LIMITS.comments),
  fields: z.partialRecord(z.enum(SUGGESTIBLE_FIELDS), FieldSuggestionSchema),
  editorNote: z.string().max(REVIEW_LIMITS.editorNote),
  signOffs: z.array(SignOffSchema).max(REVIEW_LIMITS.signOffs),
});
export type Review = z.infer<typeof ReviewSchema>;

export function emptyReview(): Review {
  return { comments: [], fields: {}, editorNote: '', signOffs: [] };
}
