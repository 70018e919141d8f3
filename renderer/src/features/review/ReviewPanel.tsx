import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { fieldValue } from '../../../../core/review/fieldSuggestions';
import type { Review, SuggestibleField } from '../../../../core/review/reviewSchema';
import { CommentThreads } from './CommentThreads';
import { SignOffSection } from './SignOffSection';
import { SuggestionList } from './SuggestionList';
import { useReview } from './reviewStore';
import { useReviewLists } from './useReviewLists';
import './review.css';

export interface ReviewPanelProps {
  editor: Editor | null;
  article: Article;
  onResolveBody: (resolution: 'accept' | 'reject', author?: string) => void;
  onResolveOne: (id: string, resolution: 'accept' | 'reject') => void;
  onResolveField: (field: SuggestibleField | 'all', resolution: 'accept' | 'reject', author?: string) => void;
  onReview: (review: Review) => void;
  onPostComment: (text: string, parentId: string | null) => void;
  onChangesSinceSignOff: (revisionId: string) => void;
}

/** The review side panel: suggestions and comments with their authors, the editor's note, sign-offs. */
export function ReviewPanel(props: ReviewPanelProps) {
  const { editor, article, onReview } = props;
  const review = article.review;
  const { suggesting, unresolvedOnly, draftCommentId, setUnresolvedOnly, setDraftCommentId, actions } = useReview();
  const { suggestions, threads } = useReviewLists(editor, review.comments, article, true);
  const authors = useMemo(
    () => [...new Set([...suggestions.map((s) => s.author), ...Object.values(review.fields).map((f) => f.author)])],
    [suggestions, review.fields],
  );
  const [author, setAuthor] = useState('');
  const chosen = authors.includes(author) ? author : (authors[0] ?? '');
  const open = suggestions.length + Object.keys(review.fields).length;
  const unresolved = threads.filter((t) => !t.root.resolved).length;

  const resolveAll = (resolution: 'accept' | 'reject', by?: string) => {
    props.onResolveBody(resolution, by);
    props.onResolveField('all', resolution, by);
  };

  return (
    <aside className="review-panel" aria-label="Review" data-testid="review-panel">
      <div className="review-bar">
        <button
          type="button"
          className={`button small${suggesting ? ' primary' : ''}`}
          aria-pressed={suggesting}
          onClick={() => actions?.toggleSuggesting()}
          title="Suggesting mode (Ctrl+Shift+E)"
        >
          {suggesting ? 'Suggesting' : 'Editing'}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => actions?.goToChange(-1)}
          title="Previous change (Alt+Shift+Up)"
          aria-label="Previous change"
        >
          ↑
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => actions?.goToChange(1)}
          title="Next change (Alt+Shift+Down)"
          aria-label="Next change"
        >
          ↓
        </button>
        <button
          type="button"
          className="button small"
          // Keeping the focus where it was keeps the headline's or standfirst's selection as the comment's anchor.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => actions?.addComment()}
          title="Comment on the selection (Ctrl+Alt+M)"
        >
          Add comment
        </button>
      </div>

      <section className="review-section">
        <h3>
          Suggestions <span className="count">{open}</span>
        </h3>
        {open > 0 && (
          <div className="review-bulk">
            <button type="button" className="button small" onClick={() => resolveAll('accept')}>
              Accept all
            </button>
            <button type="button" className="button small" onClick={() => resolveAll('reject')}>
              Reject all
            </button>
            {authors.length > 1 && (
              <span className="review-by-author">
                <select aria-label="Author" value={chosen} onChange={(e) => setAuthor(e.target.value)}>
                  {authors.map((a) => (
                    <option key={a} value={a}>
                      {a || 'Unknown author'}
                    </option>
                  ))}
                </select>
                <button type="button" className="button small" onClick={() => resolveAll('accept', chosen)}>
                  Accept theirs
                </button>
                <button type="button" className="button small" onClick={() => resolveAll('reject', chosen)}>
                  Reject theirs
                </button>
              </span>
            )}
          </div>
        )}
        <SuggestionList
          editor={editor}
          suggestions={suggestions}
          fields={review.fields}
          fieldValue={(f) => fieldValue(article, f)}
          onResolve={props.onResolveOne}
          onResolveField={(f, r) => props.onResolveField(f, r)}
        />
      </section>

      <section className="review-section">
        <h3>
          Comments <span className="count">{unresolved}</span>
          <label className="review-filter">
            <input type="checkbox" checked={unresolvedOnly} onChange={(e) => setUnresolvedOnly(e.target.checked)} /> Unresolved only
          </label>
        </h3>
        <CommentThreads
          editor={editor}
          threads={threads}
          unresolvedOnly={unresolvedOnly}
          draftId={draftCommentId}
          onPost={(text, parentId) => props.onPostComment(text, parentId)}
          onCancelDraft={() => {
            if (draftCommentId) editor?.commands.removeCommentAnchor(draftCommentId);
            setDraftCommentId(null);
          }}
          onResolved={(id, resolved) =>
            onReview({ ...review, comments: review.comments.map((c) => (c.id === id ? { ...c, resolved } : c)) })
          }
        />
      </section>

      <section className="review-section">
        <h3>Editor’s note</h3>
        <textarea
          className="editor-note"
          aria-label="Editor’s note"
          rows={3}
          value={review.editorNote}
          placeholder="A note on the whole article for the reporter or the desk"
          onChange={(e) => onReview({ ...review, editorNote: e.target.value.slice(0, 5000) })}
        />
      </section>

      <SignOffSection signOffs={review.signOffs} onSignOff={() => void actions?.signOff()} onChangesSince={props.onChangesSinceSignOff} />
    </aside>
  );
}
