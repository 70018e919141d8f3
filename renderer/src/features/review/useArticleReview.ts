import { useCallback, useEffect, useMemo, type MutableRefObject } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { resolveAllFields, resolveField, suggestFieldEdit } from '../../../../core/review/fieldSuggestions';
import { SUGGESTIBLE_FIELDS, type Review, type ReviewComment, type SuggestibleField } from '../../../../core/review/reviewSchema';
import { call, errorMessage } from '../../bridge/copydesk';
import { useEditorSession } from '../../state/editorSession';
import { useSettings } from '../../state/settingsStore';
import { useToasts } from '../../state/toastStore';
import { deskUserName, useDesk } from '../desk/deskStore';
import { useHistory } from '../history/historyStore';
import { isSuggesting } from '../editor/extensions/suggestChanges/suggestChanges';
import { fieldAnchorText } from '../../../../core/review/fieldAnchors';
import { focusedFieldSelection, focusInField } from './fieldSelection';
import { goToChange } from './findInBody';
import { useReview } from './reviewStore';
import type { ReviewPanelProps } from './ReviewPanel';

type Patch = Partial<Article>;
const FIELDS = new Set<string>(SUGGESTIBLE_FIELDS);
const newCommentId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Who is reviewing now: the desk's name for this user while a desk is live (it refuses any other), else
 * the name from Settings (main fills in the OS user name when it is empty).
 */
export function who(): { author: string; initials: string; date: string } {
  const identity = useSettings.getState().settings.identity;
  const author = deskUserName(useDesk.getState().status) ?? identity.name;
  return { author, initials: identity.initials, date: new Date().toISOString() };
}

/**
 * The open article's review: suggesting mode for the body and the single-line fields, comments, the
 * editor's note and sign-off. Returns the field-change handler the form uses and the panel's props.
 */
export function useArticleReview(editor: Editor | null, latest: MutableRefObject<Article>, update: (patch: Patch) => void) {
  const setReview = useCallback((review: Review) => update({ review }), [update]);

  /** In suggesting mode a field edit keeps the accepted text as the suggestion's base. */
  const onFieldsChange = useCallback(
    (patch: Patch) => {
      const suggesting = useReview.getState().suggesting;
      const [field, value] = Object.entries(patch)[0] ?? [];
      const leadImage = patch.leadImage;
      if (suggesting && field && FIELDS.has(field) && typeof value === 'string') {
        const next = suggestFieldEdit(latest.current, latest.current.review, field as SuggestibleField, value, who());
        update({ [field]: value, review: next.review });
        return;
      }
      if (suggesting && leadImage && latest.current.leadImage) {
        let state = { article: latest.current, review: latest.current.review };
        for (const key of ['caption', 'credit'] as const)
          if (leadImage[key] !== latest.current.leadImage[key])
            state = suggestFieldEdit(state.article, state.review, key, leadImage[key], who());
        update({ leadImage, review: state.review });
        return;
      }
      const becomesReady = patch.status === 'ready' && latest.current.status !== 'ready';
      update(patch);
      // Marking the story Ready is a sign-off: the reviewer and the time are stamped.
      if (becomesReady) void useReview.getState().actions?.signOff();
    },
    [latest, update],
  );

  const onResolveField = useCallback(
    (field: SuggestibleField | 'all', resolution: 'accept' | 'reject', author?: string) => {
      const current = latest.current;
      const next =
        field === 'all'
          ? resolveAllFields(current, current.review, resolution, author)
          : resolveField(current, current.review, field, resolution);
      update({ ...fieldsOf(next.article), review: next.review });
    },
    [latest, update],
  );

  const actions = useMemo(
    () => ({
      toggleSuggesting() {
        if (!editor) return;
        const on = !isSuggesting(editor);
        editor.commands.setSuggesting(on);
        useReview.getState().setSuggesting(on);
        useReview.getState().setPanelOpen(true);
      },
      addComment() {
        const id = newCommentId();
        // In the headline or standfirst the comment anchors on the field's selection, not the body's.
        const inField = focusedFieldSelection();
        if (inField || focusInField()) {
          if (!inField) {
            useToasts.getState().show({ kind: 'info', text: 'Select the text to comment on first.' });
            return;
          }
          useReview.getState().setPanelOpen(true);
          useReview.getState().setDraftCommentId(id, inField);
          return;
        }
        if (!editor) return;
        if (!editor.commands.addCommentAnchor(id)) {
          useToasts.getState().show({ kind: 'info', text: 'Select the text to comment on first.' });
          return;
        }
        useReview.getState().setPanelOpen(true);
        useReview.getState().setDraftCommentId(id);
      },
      goToChange(direction: 1 | -1) {
        if (editor) goToChange(editor, latest.current, direction);
      },
      async signOff() {
        const me = who();
        try {
          await useEditorSession.getState().flush();
          const meta = await call('saveVersion', { id: latest.current.id, label: `Signed off by ${me.author}` });
          const signOffs = [
            ...latest.current.review.signOffs,
            { reviewer: me.author, initials: me.initials, at: me.date, status: latest.current.status, revisionId: meta.revisionId },
          ].slice(-200);
          update({ review: { ...latest.current.review, signOffs } });
          useToasts.getState().show({ kind: 'info', text: `Signed off by ${me.author}.` });
        } catch (error) {
          useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
        }
      },
    }),
    [editor, latest, update],
  );

  useEffect(() => {
    useReview.getState().setActions(actions);
    useReview.getState().setSuggesting(isSuggesting(editor));
    return () => useReview.getState().setActions(null);
  }, [actions, editor]);

  const panel: Omit<ReviewPanelProps, 'editor' | 'article'> = {
    onResolveBody: (resolution, author) => editor?.commands.resolveSuggestions(resolution, author),
    onResolveOne: (id, resolution) => editor?.commands.resolveSuggestion(id, resolution),
    onResolveField,
    onReview: setReview,
    onPostComment: (text, parentId) => {
      const me = who();
      const { draftCommentId: draft, draftFieldAnchor: fieldAnchor } = useReview.getState();
      const id = parentId === null && draft ? draft : newCommentId();
      const inField = parentId === null && fieldAnchor ? fieldAnchor : null;
      const quote = inField
        ? (fieldAnchorText(latest.current, inField) ?? '').slice(0, 2000)
        : parentId === null
          ? (editor?.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, ' ') ?? '').slice(0, 2000)
          : '';
      const comment: ReviewComment = {
        id,
        parentId,
        author: me.author,
        initials: me.initials,
        date: me.date,
        text,
        resolved: false,
        quote,
        ...(inField ? { fieldAnchor: inField } : {}),
      };
      setReview({ ...latest.current.review, comments: [...latest.current.review.comments, comment] });
      if (parentId === null) useReview.getState().setDraftCommentId(null);
    },
    onChangesSinceSignOff: (revisionId) => {
      void (async () => {
        const history = useHistory.getState();
        await history.show();
        const meta = useHistory.getState().revisions.find((r) => r.revisionId === revisionId);
        if (meta) await useHistory.getState().select(meta);
      })();
    },
  };
  return { onFieldsChange, panel };
}

function fieldsOf(article: Article): Patch {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    dateline: article.dateline,
    source: article.source,
    leadImage: article.leadImage,
  };
}
