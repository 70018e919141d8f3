import {
  ArticleSchema,
  ArticleStatusSchema,
  FIELD_LIMITS,
  LanguageTagSchema,
  type Article,
  type ArticleStatus,
} from '../../core/article/schema';
import { ImportError, type ImportWarning, type RecognisedField } from '../../core/import/importTypes';

/**
 * Field reading shared by the Markdown and HTML importers: both take loosely typed values from a file
 * (YAML front matter, meta tags) and must turn them into valid fields or say, field by field, what was
 * set aside. A bad optional field is a warning; only input that cannot be an article at all is refused.
 */

export const TEXT_MAX_BYTES = 5 * 1024 * 1024;

/** Refuses input that is empty, binary or too large, with messages that say what to do instead. */
export function checkTextInput(text: string, kind: string): string {
  if (text.length > TEXT_MAX_BYTES) {
    throw new ImportError(
      'too_large',
      `This ${kind} file is larger than 5 MB, far more than one article. Split it into smaller files and import them one at a time.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new ImportError(
      'binary',
      `This does not look like a ${kind} file: it contains binary data. Choose a text file saved as ${kind}, or copy the article's text and paste it instead.`,
    );
  }
  const cleaned = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (cleaned.trim() === '') throw new ImportError('empty', `This ${kind} file is empty. Choose a file that contains an article.`);
  return cleaned;
}

export type TextField = 'slug' | 'section' | 'headline' | 'standfirst' | 'byline' | 'dateline' | 'source';

/** Collects warnings and reads fields against the article's limits. */
export class FieldReader {
  readonly warnings: ImportWarning[] = [];

  /** Publish time, tags and language, read the same way by every importer that has them. */
  applyMeta(
    raw: { published: unknown; tags: unknown; language: unknown },
    fields: Partial<Article>,
    recognised: Set<RecognisedField>,
  ): void {
    const published = this.published(raw.published);
    if (published) {
      fields.publishedAt = published;
      recognised.add('publishedAt');
    }
    const tags = this.tags(raw.tags);
    if (tags && tags.length > 0) {
      fields.tags = tags;
      recognised.add('tags');
    }
    const language = this.language(raw.language);
    if (language) {
      fields.language = language;
      recognised.add('language');
    }
  }

  warn(field: string, message: string): void {
    this.warnings.push({ field, message });
  }

  /** A text value, trimmed (line breaks inside are the writer's), cut to the field's limit with a warning. */
  text(field: TextField | 'caption' | 'credit' | 'alt', value: unknown, label = field): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      this.warn(field, `The ${label} should be text; it was left out.`);
      return undefined;
    }
    const text = String(value)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim();
    const max = FIELD_LIMITS[field];
    if (text.length <= max) return text;
    this.warn(field, `The ${label} is longer than ${max} characters; it was cut to fit. Check its ending.`);
    return text.slice(0, max).trimEnd();
  }

  /** A list or a comma-separated string. */
  tags(value: unknown): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
    if (raw === null) {
      this.warn('tags', 'Tags should be a list or comma-separated text; they were left out.');
      return undefined;
    }
    const tags = [
      ...new Set(
        raw
          .filter((t): t is string | number => typeof t === 'string' || typeof t === 'number')
          .map((t) => String(t).replace(/\s+/g, ' ').trim().slice(0, FIELD_LIMITS.tag))
          .filter((t) => t !== ''),
      ),
    ];
    if (tags.length > FIELD_LIMITS.tags) this.warn('tags', `Only the first ${FIELD_LIMITS.tags} tags were kept.`);
    return tags.slice(0, FIELD_LIMITS.tags);
  }

  /** An ISO date-time kept as written when it already is UTC, otherwise converted to UTC. */
  published(value: unknown): string | null | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(value) && !Number.isNaN(Date.parse(value))) {
      return ArticleSchema.shape.publishedAt.safeParse(value).success ? value : new Date(value).toISOString();
    }
    const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (date === null || Number.isNaN(date.getTime())) {
      this.warn('publishedAt', `The publication time "${String(value)}" is not a date; use a form such as 2025-03-14T09:30:00Z.`);
      return undefined;
    }
    return date.toISOString();
  }

  language(value: unknown): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const tag = String(value).trim().replace(/_/g, '-');
    if (LanguageTagSchema.safeParse(tag).success) return Intl.getCanonicalLocales(tag)[0]!;
    this.warn('language', `"${String(value)}" is not a language tag such as "en" or "en-GB"; the language was left as English.`);
    return undefined;
  }

  status(value: unknown): ArticleStatus | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = ArticleStatusSchema.safeParse(String(value).trim().toLowerCase());
    if (parsed.success) return parsed.data;
    this.warn(
      'status',
      `"${String(value)}" is not a status Copydesk knows (${ArticleStatusSchema.options.join(', ')}); the article starts as a draft.`,
    );
    return undefined;
  }
}

/** Validates the finished article; anything still wrong names the field rather than showing zod's report. */
export function validateArticle(article: Article, kind: string): Article {
  const parsed = ArticleSchema.safeParse(article);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'article';
  throw new ImportError('invalid_schema', `This ${kind} file cannot be imported: ${field}: ${issue?.message ?? 'invalid value'}`);
}
