import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import Strike from '@tiptap/extension-strike';
import Code from '@tiptap/extension-code';
import type { Extensions } from '@tiptap/core';
import { RelatedTeaser, type RelatedTeaserOptions } from './relatedTeaser/relatedTeaser';
import { SmartQuotes } from './smartQuotes/smartQuotes';
import { BodyLimits } from './bodyLimits/bodyLimits';
import { useToasts } from '../../../state/toastStore';
import { Deletion, Insertion, Modification } from './suggestChanges/reviewMarkSchema';
import { SuggestChanges, type SuggestChangesOptions } from './suggestChanges/suggestChanges';
import { ReviewBlockContainers } from './suggestChanges/reviewBlockContainers';
import { CommentAnchor } from './comments/comments';
import { DomSelectionSync } from './domSelectionSync/domSelectionSync';
import { deskCollaboration, type DeskBinding } from './deskCollaboration/deskCollaboration';

/** The body editor's schema. Heading 1 is the headline field, so the body starts at level 2. */
export function bodyExtensions(
  related: RelatedTeaserOptions,
  review: SuggestChangesOptions = { who: () => ({ author: '', date: new Date().toISOString() }) },
  desk: DeskBinding | null = null,
): Extensions {
  return [
    StarterKit.configure({
      // Bound to a desk, undo is Yjs's (the Collaboration extension's): ProseMirror's would undo a colleague's typing.
      ...(desk ? { undoRedo: false as const } : {}),
      heading: { levels: [2, 3, 4] },
      // Their default keys (Mod-Shift-s, Mod-e) belong to Save version and Export, so they move to
      // Mod-Shift-x and Mod-Shift-c in the two extensions added after StarterKit.
      strike: false,
      code: false,
      // Inline code stays: imported bodies may carry it, and a mark the schema lacks would empty the body.
      codeBlock: false,
      // The block containers come from ReviewBlockContainers, which lets their blocks carry suggestions.
      document: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url, ctx) => /^(https?:|mailto:)/i.test(url) && ctx.defaultValidate(url),
      },
    }),
    ...ReviewBlockContainers,
    Strike.extend({ addKeyboardShortcuts: () => ({ 'Mod-Shift-x': ({ editor }) => editor.commands.toggleStrike() }) }),
    Code.extend({ addKeyboardShortcuts: () => ({ 'Mod-Shift-c': ({ editor }) => editor.commands.toggleCode() }) }),
    Placeholder.configure({ placeholder: 'Write the story… (type /related for a Related teaser)' }),
    SmartQuotes,
    RelatedTeaser.configure(related),
    BodyLimits.configure({ onRefused: (text) => useToasts.getState().show({ kind: 'error', text }) }),
    // Review (issue 14): suggestion marks, suggesting mode, comment anchors.
    Insertion,
    Deletion,
    Modification,
    SuggestChanges.configure(review),
    CommentAnchor,
    // Keys act on the selection the user sees, even before its selectionchange event has run.
    DomSelectionSync,
    ...(desk ? deskCollaboration(desk) : []),
  ];
}
