import type { ImportOutcome } from '../../../../api/contract';
import { call } from '../../bridge/copydesk';
import { useToasts } from '../../state/toastStore';
import { useImports } from './importStore';
import { wholeArticlePaste } from './wholeArticlePaste';

/** A recognised article has a headline and at least this many body paragraphs. */
const MIN_BODY_PARAGRAPHS = 3;

/**
 * Ctrl+V of a whole page or wire story into the body: the paste happens as usual, and if the import
 * recogniser finds an article in the clipboard, a toast offers "Paste as new article", which takes the paste
 * back out of this body (when nothing was typed since) and opens the import review, as Paste as new does.
 */
export function offerPasteAsNew(data: DataTransfer | null, takeBack: () => void): void {
  if (!data) return;
  const candidate = wholeArticlePaste(data.getData('text/html'), data.getData('text/plain'));
  if (!candidate) return;
  void recognise(candidate)
    .then((outcome) => {
      if (!outcome) return;
      useToasts.getState().show({
        kind: 'info',
        // Long enough to notice under a screenful of pasted page, and to decide.
        lifetimeMs: 20_000,
        text: `That looks like a whole article (“${outcome.draft.article.headline}”).`,
        action: {
          label: 'Paste as new article',
          run: () => {
            takeBack();
            useImports.getState().enqueue([outcome]);
          },
        },
      });
    })
    // The offer is a convenience: the paste itself already happened.
    .catch(() => undefined);
}

async function recognise(
  candidate: NonNullable<ReturnType<typeof wholeArticlePaste>>,
): Promise<Extract<ImportOutcome, { ok: true }> | null> {
  const outcome =
    candidate.kind === 'page'
      ? await call('parseImport', { fileName: 'Pasted page', text: candidate.html })
      : candidate.kind === 'selection'
        ? await call('parseImport', { fileName: 'Pasted selection', text: candidate.html, selection: true })
        : await call('parseImport', { fileName: 'Pasted text', text: candidate.text });
  if (!outcome.ok || !outcome.draft.article.headline.trim()) return null;
  const paragraphs = outcome.draft.article.body.content?.filter((node) => node.type === 'paragraph').length ?? 0;
  return paragraphs >= MIN_BODY_PARAGRAPHS ? outcome : null;
}
