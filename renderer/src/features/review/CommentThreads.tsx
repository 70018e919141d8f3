import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { CommentThread } from '../../../../core/review/comments';
import { FIELD_LABELS } from '../../../../core/review/fieldAnchors';
import { selectInField } from './fieldSelection';
import { selectInBody } from './findInBody';
import { Who } from './SuggestionList';

interface Props {
  editor: Editor | null;
  threads: readonly CommentThread[];
  unresolvedOnly: boolean;
  draftId: string | null;
  onPost: (text: string, parentId: string | null) => void;
  onCancelDraft: () => void;
  onResolved: (id: string, resolved: boolean) => void;
}

/** Comment threads in reading order, with replies, resolve and reopen; orphaned ones say so. */
export function CommentThreads({ editor, threads, unresolvedOnly, draftId, onPost, onCancelDraft, onResolved }: Props) {
  const shown = threads.filter((t) => !unresolvedOnly || !t.root.resolved);
  return (
    <div className="review-comments" data-testid="comment-threads">
      {draftId && <CommentBox label="New comment" onPost={(text) => onPost(text, null)} onCancel={onCancelDraft} autoFocus />}
      {shown.length === 0 && !draftId && <p className="review-empty">{threads.length > 0 ? 'No unresolved comments.' : 'No comments.'}</p>}
      <ul className="review-list" aria-label="Comments">
        {shown.map((thread) => (
          <li
            key={thread.root.id}
            className={`review-item comment-thread${thread.root.resolved ? ' resolved' : ''}`}
            data-comment={thread.root.id}
          >
            <Who author={thread.root.author} date={thread.root.date} />
            {thread.anchor === null ? (
              <p className="comment-orphan" title="The text this comment was about has been deleted; the comment is kept.">
                {fieldPrefix(thread)}Text deleted{thread.root.quote ? `: “${thread.root.quote}”` : ''}
              </p>
            ) : (
              <button type="button" className="comment-quote link-like" onClick={() => goTo(editor, thread)}>
                {fieldPrefix(thread)}“{thread.anchor.length > 60 ? `${thread.anchor.slice(0, 60)}…` : thread.anchor}”
              </button>
            )}
            <p className="comment-text">{thread.root.text}</p>
            {thread.replies.map((reply) => (
              <div key={reply.id} className="comment-reply">
                <Who author={reply.author} date={reply.date} />
                <p className="comment-text">{reply.text}</p>
              </div>
            ))}
            <ThreadFooter
              resolved={thread.root.resolved}
              onReply={(text) => onPost(text, thread.root.id)}
              onResolved={(r) => onResolved(thread.root.id, r)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Headline: " before a comment anchored in a field; nothing for the body's. */
const fieldPrefix = (thread: CommentThread) =>
  thread.field ? <span className="comment-field">{FIELD_LABELS[thread.field]}: </span> : null;

function goTo(editor: Editor | null, thread: CommentThread): void {
  if (thread.root.fieldAnchor) selectInField(thread.root.fieldAnchor);
  else if (editor) selectInBody(editor, thread.root.id);
}

function ThreadFooter({
  resolved,
  onReply,
  onResolved,
}: {
  resolved: boolean;
  onReply: (text: string) => void;
  onResolved: (resolved: boolean) => void;
}) {
  const [replying, setReplying] = useState(false);
  if (replying)
    return (
      <CommentBox label="Reply" onPost={(text) => (onReply(text), setReplying(false))} onCancel={() => setReplying(false)} autoFocus />
    );
  return (
    <div className="review-buttons">
      {!resolved && (
        <button type="button" className="button small" onClick={() => setReplying(true)}>
          Reply
        </button>
      )}
      <button type="button" className="button small" onClick={() => onResolved(!resolved)}>
        {resolved ? 'Reopen' : 'Resolve'}
      </button>
    </div>
  );
}

function CommentBox({
  label,
  onPost,
  onCancel,
  autoFocus,
}: {
  label: string;
  onPost: (text: string) => void;
  onCancel: () => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const post = () => text.trim() && onPost(text.trim());
  return (
    <div className="comment-box">
      <textarea
        aria-label={label}
        value={text}
        rows={3}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) post();
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="review-buttons">
        <button type="button" className="button small primary" disabled={!text.trim()} onClick={post}>
          {label === 'Reply' ? 'Reply' : 'Comment'}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
