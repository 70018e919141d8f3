import { useState } from 'react';
import { NOTE_KINDS, NOTE_WORDING, type Article, type ArticleNote, type Newsroom } from '../../../../core/article/schema';
import { noteLine, withdrawalLine } from '../../../../core/article/newsroomText';
import type { ArticlePatch } from './ArticleFields';
import { isoToLocalInput, localInputToIso } from './localTime';

interface Props {
  article: Article;
  onChange(patch: ArticlePatch): void;
}

/** Embargo, correction/clarification/update notes, and kill or withdraw: the newsroom's fields in the inspector. */
export function NewsroomFields({ article, onChange }: Props) {
  const { newsroom } = article;
  const set = (patch: Partial<Newsroom>) => onChange({ newsroom: { ...newsroom, ...patch } });
  const [kind, setKind] = useState<ArticleNote['kind']>('correction');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const addNote = () => {
    if (text.trim() === '') return;
    set({ notes: [...newsroom.notes, { kind, text: text.trim(), at: new Date().toISOString() }] });
    setText('');
  };
  return (
    <>
      <div className="inspector-row">
        <label htmlFor="embargo-until">Embargo until</label>
        <div className="inline-controls">
          <input
            id="embargo-until"
            data-check-field="embargo"
            aria-label="Embargo until"
            type="datetime-local"
            value={isoToLocalInput(newsroom.embargoUntil)}
            onChange={(e) => set({ embargoUntil: localInputToIso(e.target.value) })}
          />
          {newsroom.embargoUntil && (
            <button type="button" className="button small" onClick={() => set({ embargoUntil: null })}>
              Clear
            </button>
          )}
        </div>
        <span className="hint">Not for publication before then; separate from the publish time.</span>
      </div>
      <div className="inspector-row">
        <span className="label">Notes</span>
        {newsroom.notes.map((note, i) => (
          <p key={`${note.at}-${i}`} className="newsroom-note">
            {noteLine(note)}{' '}
            <button
              type="button"
              className="button small quiet"
              aria-label={`Remove note ${i + 1}`}
              onClick={() => set({ notes: newsroom.notes.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </p>
        ))}
        <div className="inline-controls">
          <select aria-label="Note kind" value={kind} onChange={(e) => setKind(e.target.value as ArticleNote['kind'])}>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NOTE_WORDING[k]}
              </option>
            ))}
          </select>
          <button type="button" className="button small" disabled={text.trim() === ''} onClick={addNote}>
            Add
          </button>
        </div>
        <textarea
          aria-label="Note text"
          rows={2}
          maxLength={2000}
          placeholder="An earlier version of this story…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="inspector-row">
        <span className="label">Kill or withdraw</span>
        {newsroom.withdrawal ? (
          <>
            <p className="newsroom-withdrawn" role="status">
              {withdrawalLine(newsroom)}
            </p>
            <button type="button" className="button small" onClick={() => set({ withdrawal: null })}>
              Reinstate
            </button>
          </>
        ) : (
          <>
            <input
              aria-label="Reason to kill or withdraw"
              placeholder="Reason (required)"
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <div className="inline-controls">
              {(['withdraw', 'kill'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="button small danger"
                  disabled={reason.trim() === ''}
                  onClick={() => {
                    set({ withdrawal: { kind: k, reason: reason.trim(), at: new Date().toISOString() } });
                    setReason('');
                  }}
                >
                  {k === 'kill' ? 'Kill story' : 'Withdraw'}
                </button>
              ))}
            </div>
          </>
        )}
      </div>
    </>
  );
}
