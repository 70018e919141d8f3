import { useState } from 'react';
import { FIELD_LIMITS } from '../../../../core/article/schema';

/** Tags as chips: type and press Enter or comma to add, Backspace on empty input removes the last. */
export function TagsField({ tags, onChange }: { tags: string[]; onChange(tags: string[]): void }) {
  const [draft, setDraft] = useState('');
  const commit = () => {
    const added = draft
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    setDraft('');
    if (added.length) onChange([...new Set([...tags, ...added])].slice(0, FIELD_LIMITS.tags));
  };
  return (
    <div className="tags-field">
      {tags.map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
          <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        aria-label="Add tags"
        placeholder={tags.length ? '' : 'Add tags…'}
        value={draft}
        maxLength={FIELD_LIMITS.tag}
        onChange={(e) => (e.target.value.endsWith(',') ? (setDraft(e.target.value), undefined) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Backspace' && !draft && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={commit}
      />
    </div>
  );
}
