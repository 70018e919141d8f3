import type { Article } from '../../../../core/article/schema';
import { ARTICLE_STATUSES, FIELD_LIMITS } from '../../../../core/article/schema';
import type { ArticlePatch } from './ArticleFields';
import { isoToLocalInput, localInputToIso } from './localTime';
import { TagsField } from './TagsField';
import { useFieldFlag } from '../checks/useFieldFlag';
import { NewsroomFields } from './NewsroomFields';
import { CommentableInput } from '../review/CommentableInput';

interface Props {
  article: Article;
  onChange(patch: ArticlePatch): void;
}

/** The article's desk data, beside the copy: status, times, bylines, slug, tags, language. */
export function ArticleInspector({ article, onChange }: Props) {
  const local = isoToLocalInput(article.publishedAt);
  const bylineFlag = useFieldFlag('byline');
  const datelineFlag = useFieldFlag('dateline');
  return (
    <aside className="inspector" aria-label="Article details">
      <label className="inspector-row">
        <span>Status</span>
        <select
          data-check-field="status"
          aria-label="Status"
          value={article.status}
          onChange={(e) => onChange({ status: e.target.value as Article['status'] })}
        >
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <div className="inspector-row">
        <label htmlFor="publish-time">Publish time</label>
        <div className="inline-controls">
          <input
            id="publish-time"
            aria-label="Publish time"
            type="datetime-local"
            value={local}
            onChange={(e) => onChange({ publishedAt: localInputToIso(e.target.value) })}
          />
          <button type="button" className="button small" onClick={() => onChange({ publishedAt: new Date().toISOString() })}>
            Now
          </button>
        </div>
        <span className="hint">Your local time; stored in UTC.</span>
      </div>
      <NewsroomFields article={article} onChange={onChange} />
      <label className="inspector-row">
        <span>Byline</span>
        <CommentableInput
          field="byline"
          comments={article.review.comments}
          data-check-field="byline"
          {...bylineFlag}
          aria-label="Byline"
          placeholder="By …"
          maxLength={FIELD_LIMITS.byline}
          value={article.byline}
          onChange={(e) => onChange({ byline: e.target.value })}
        />
      </label>
      <label className="inspector-row">
        <span>Dateline</span>
        <CommentableInput
          field="dateline"
          comments={article.review.comments}
          data-check-field="dateline"
          {...datelineFlag}
          aria-label="Dateline"
          placeholder="MOSCOW"
          maxLength={FIELD_LIMITS.dateline}
          value={article.dateline}
          onChange={(e) => onChange({ dateline: e.target.value })}
        />
      </label>
      <div className="inspector-row">
        <span className="label">Tags</span>
        <TagsField tags={article.tags} onChange={(tags) => onChange({ tags })} />
      </div>
      <label className="inspector-row">
        <span>Slug</span>
        <input
          aria-label="Slug"
          placeholder="made from the headline"
          maxLength={FIELD_LIMITS.slug}
          value={article.slug}
          onChange={(e) => onChange({ slug: e.target.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-') })}
        />
      </label>
      <label className="inspector-row">
        <span>Language</span>
        <input
          aria-label="Language"
          placeholder="en-GB"
          maxLength={35}
          value={article.language}
          onChange={(e) => onChange({ language: e.target.value })}
        />
      </label>
    </aside>
  );
}
