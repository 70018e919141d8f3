import type { Editor } from '@tiptap/core';
import type { SuggestionSummary } from '../../../../core/review/listSuggestions';
import type { FieldSuggestion, SuggestibleField } from '../../../../core/review/reviewSchema';
import { authorClass } from './authorColors';
import { selectInBody } from './findInBody';
import { shortTime } from './shortTime';

const KIND_LABEL: Record<SuggestionSummary['kind'], string> = {
  insert: 'Inserted',
  delete: 'Deleted',
  replace: 'Replaced',
  format: 'Formatted',
  split: 'New paragraph',
  item: 'New list item',
  join: 'Joined paragraphs',
};
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

interface Props {
  editor: Editor | null;
  suggestions: readonly SuggestionSummary[];
  fields: Partial<Record<SuggestibleField, FieldSuggestion>>;
  fieldValue: (field: SuggestibleField) => string;
  onResolve: (id: string, resolution: 'accept' | 'reject') => void;
  onResolveField: (field: SuggestibleField, resolution: 'accept' | 'reject') => void;
}

/** Open suggestions, fields first, then the body in reading order; each can be accepted or rejected. */
export function SuggestionList({ editor, suggestions, fields, fieldValue, onResolve, onResolveField }: Props) {
  const fieldEntries = Object.entries(fields) as [SuggestibleField, FieldSuggestion][];
  if (suggestions.length === 0 && fieldEntries.length === 0) return <p className="review-empty">No open suggestions.</p>;
  return (
    <ul className="review-list" aria-label="Suggestions" data-testid="suggestion-list">
      {fieldEntries.map(([field, s]) => (
        <li key={field} className="review-item">
          <Who author={s.author} date={s.date} />
          <div className="review-what">
            <span className="review-kind">{field[0]!.toUpperCase() + field.slice(1)}</span> <del>{clip(s.base)}</del>{' '}
            <ins>{clip(fieldValue(field))}</ins>
          </div>
          <Buttons label={`${field} suggestion`} onResolve={(r) => onResolveField(field, r)} />
        </li>
      ))}
      {suggestions.map((s) => (
        <li key={s.id} className="review-item" data-suggestion={s.id}>
          <Who author={s.author} date={s.date} />
          <button
            type="button"
            className="review-what link-like"
            onClick={() => editor && selectInBody(editor, s.id)}
            title="Show in the text"
          >
            <span className="review-kind">{KIND_LABEL[s.kind]}</span> {s.deleted && <del>{clip(s.deleted)}</del>}{' '}
            {s.inserted && <ins>{clip(s.inserted)}</ins>}
          </button>
          <Buttons label={`${KIND_LABEL[s.kind].toLowerCase()} by ${s.author || 'unknown author'}`} onResolve={(r) => onResolve(s.id, r)} />
        </li>
      ))}
    </ul>
  );
}

export function Who({ author, date }: { author: string; date: string }) {
  return (
    <div className="review-who">
      <span className={`author-chip ${authorClass(author)}`} aria-hidden="true" />
      <strong>{author || 'Unknown author'}</strong>
      {date && <time dateTime={date}>{shortTime(date)}</time>}
    </div>
  );
}

function Buttons({ label, onResolve }: { label: string; onResolve: (resolution: 'accept' | 'reject') => void }) {
  return (
    <div className="review-buttons">
      <button type="button" className="button small" aria-label={`Accept ${label}`} onClick={() => onResolve('accept')}>
        Accept
      </button>
      <button type="button" className="button small" aria-label={`Reject ${label}`} onClick={() => onResolve('reject')}>
        Reject
      </button>
    </div>
  );
}
