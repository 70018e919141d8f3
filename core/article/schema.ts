import { z } from 'zod';
import { BodySchema } from './bodySchema';
import { emptyReview, ReviewSchema } from '../review/reviewSchema';

/** Bumped when the stored shape changes; older files are migrated, newer ones opened read-only. */
import { SCHEMA_VERSION } from './schemaVersion';

export { SCHEMA_VERSION };

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published', 'spiked'] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

/** Field limits: generous for real copy, small enough that a pasted novel or a hostile payload is refused. */
export const FIELD_LIMITS = {
  slug: 120,
  section: 60,
  headline: 400,
  standfirst: 1500,
  byline: 300,
  dateline: 200,
  caption: 1500,
  credit: 200,
  alt: 1000,
  source: 300,
  tag: 80,
  tags: 50,
  related: 20,
  url: 2000,
} as const;

const text = (max: number) => z.string().max(max, `Must be at most ${max} characters.`);
const isoUtc = z.iso.datetime({ offset: false, message: 'Must be a UTC ISO 8601 date-time.' });

/** BCP 47 is checked by the platform's own tag parser rather than a hand-written pattern. */
export const LanguageTagSchema = z
  .string()
  .min(2)
  .max(35)
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'Must be a BCP 47 language tag such as "en" or "en-GB".');

/** Assets are content-addressed: the sha256 of the bytes plus the file extension. */
export const AssetRefSchema = z.string().regex(/^[0-9a-f]{64}\.(jpg|png|webp|gif)$/, 'Not a stored image reference.');

/** `asset` is null when the caption and credit are known but the picture is not attached yet (a paste). */
export const LeadImageSchema = z.object({
  asset: AssetRefSchema.nullable(),
  caption: text(FIELD_LIMITS.caption),
  credit: text(FIELD_LIMITS.credit),
  alt: text(FIELD_LIMITS.alt),
});
export type LeadImage = z.infer<typeof LeadImageSchema>;

/** A related story points at a web address or at another article in the library (or both). */
export const RelatedLinkSchema = z
  .object({
    title: text(FIELD_LIMITS.headline).min(1, 'A related story needs a title.'),
    url: text(FIELD_LIMITS.url).optional(),
    articleId: z.uuid().optional(),
    outlet: text(FIELD_LIMITS.section).optional(),
  })
  .refine((r) => r.url !== undefined || r.articleId !== undefined, 'A related story needs a URL or an article.');
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

/** Standard wording for each kind of note, printed before the desk's own text in the preview and exports. */
export const NOTE_KINDS = ['correction', 'clarification', 'update'] as const;
export const NOTE_WORDING: Readonly<Record<(typeof NOTE_KINDS)[number], string>> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};
export const ArticleNoteSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: text(2000).min(1, 'A note needs its text.'),
  at: isoUtc,
});
export type ArticleNote = z.infer<typeof ArticleNoteSchema>;

export const WithdrawalSchema = z.object({
  kind: z.enum(['kill', 'withdraw']),
  reason: text(1000).min(1, 'Say why the story is withdrawn.'),
  at: isoUtc,
});
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

/**
 * The newsroom's fields (schema version 3): an embargo (distinct from the publish time), correction,
 * clarification and update notes, a kill or withdrawal with its reason, and the style findings the desk
 * chose to ignore for this article (their keys, see core/checks/types.ts findingKey).
 */
export const NewsroomSchema = z.object({
  embargoUntil: isoUtc.nullable(),
  notes: z.array(ArticleNoteSchema).max(50),
  withdrawal: WithdrawalSchema.nullable(),
  ignoredChecks: z.array(z.string().max(1000)).max(1000),
});
export type Newsroom = z.infer<typeof NewsroomSchema>;
export function emptyNewsroom(): Newsroom {
  return { embargoUntil: null, notes: [], withdrawal: null, ignoredChecks: [] };
}

export const ArticleSchema = z.object({
  schemaVersion: z.number().int().min(1),
  id: z.uuid(),
  slug: text(FIELD_LIMITS.slug),
  section: text(FIELD_LIMITS.section),
  headline: text(FIELD_LIMITS.headline),
  standfirst: text(FIELD_LIMITS.standfirst),
  byline: text(FIELD_LIMITS.byline),
  dateline: text(FIELD_LIMITS.dateline),
  leadImage: LeadImageSchema.nullable(),
  body: BodySchema,
  related: z.array(RelatedLinkSchema).max(FIELD_LIMITS.related),
  source: text(FIELD_LIMITS.source),
  tags: z.array(text(FIELD_LIMITS.tag).min(1)).max(FIELD_LIMITS.tags),
  language: LanguageTagSchema,
  status: ArticleStatusSchema,
  createdAt: isoUtc,
  updatedAt: isoUtc,
  publishedAt: isoUtc.nullable(),
  /** Comments, field suggestions, the editor's note and sign-offs (schema version 2; body suggestions are marks). */
  review: ReviewSchema,
  /** Defaults on parse so an imported Copydesk file from before version 3 still reads. */
  newsroom: NewsroomSchema.default(emptyNewsroom),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The smallest valid article, with the given fields set. */
export function newArticle(id: string, now: Date, fields: Partial<Omit<Article, 'id' | 'schemaVersion'>> = {}): Article {
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    slug: '',
    section: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    leadImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    related: [],
    source: '',
    tags: [],
    language: 'en',
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp,
    publishedAt: null,
    review: emptyReview(),
    newsroom: emptyNewsroom(),
    ...fields,
  };
}
