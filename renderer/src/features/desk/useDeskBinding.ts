import { useEffect, type MutableRefObject } from 'react';
import type { Article } from '../../../../core/article/schema';
import { readArticleFields, writeArticleFields } from '../../../../core/desk/articleDoc';
import { useSettings } from '../../state/settingsStore';
import { FROM_MAIN, type DeskMirror } from './deskMirror';
import { registerMirror } from './deskNotices';
import { presenceColor } from './presenceColor';

/**
 * The fields of an article bound to its mirror Y.Doc: a change from the desk updates the open fields
 * at once (the body updates itself through the Collaboration extension), and this window's presence
 * (name and colour) is set for the others to see.
 */
export function useDeskBinding(mirror: DeskMirror | null, latest: MutableRefObject<Article>, show: (article: Article) => void): void {
  const name = useSettings((s) => s.settings.identity.name);
  useEffect(() => {
    if (!mirror) return;
    const unregister = registerMirror(mirror);
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_MAIN) return;
      const current = latest.current;
      const next = { ...readArticleFields(mirror.doc, current), body: current.body, updatedAt: current.updatedAt };
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      latest.current = next;
      show(next);
    };
    mirror.doc.on('update', onUpdate);
    // Whatever arrived between opening and binding.
    void mirror.pull().catch(() => undefined);
    return () => {
      mirror.doc.off('update', onUpdate);
      unregister();
    };
  }, [mirror, latest, show]);
  useEffect(() => {
    // The desk replaces the name with the one it knows the token by; this one shows until it does.
    mirror?.awareness.setLocalStateField('user', { name: name || 'You', color: presenceColor(name) });
  }, [mirror, name]);
}

/**
 * A field edit into the mirror (smallest text edits; the mirror sends them to main): only the parts the
 * edit touched, so nothing else is written back from this window's copy.
 */
export function writeDeskFields(mirror: DeskMirror, article: Article, touched: ReadonlyArray<keyof Article>): void {
  writeArticleFields(mirror.doc, article, null, undefined, new Set(touched));
}
