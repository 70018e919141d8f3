import { useMemo, useState } from 'react';
import { isSafeLinkUrl } from '../../../../core/html/safeUrl';
import { useLibrary } from '../../state/libraryStore';
import { useRelatedDialog, type RelatedRequest } from '../../state/relatedDialogStore';
import { Modal } from '../../ui/Modal';

export function RelatedDialog() {
  const request = useRelatedDialog((s) => s.request);
  return request ? <RelatedForm key={request.heading} request={request} /> : null;
}

/** Collects a Related teaser: a title, an optional outlet, and a web address or a library article. */
function RelatedForm({ request }: { request: RelatedRequest }) {
  const close = useRelatedDialog((s) => s.close);
  const entries = useLibrary((s) => s.entries);
  const [title, setTitle] = useState(request.initial?.title ?? '');
  const [outlet, setOutlet] = useState(request.initial?.outlet ?? '');
  const [target, setTarget] = useState<'url' | 'article'>(request.initial?.articleId ? 'article' : 'url');
  const [url, setUrl] = useState(request.initial?.url ?? '');
  const [articleId, setArticleId] = useState(request.initial?.articleId ?? '');
  const [filter, setFilter] = useState('');

  const matches = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return entries.filter((e) => e.headline && (!needle || e.headline.toLowerCase().includes(needle))).slice(0, 50);
  }, [entries, filter]);

  const urlOk = /^https?:\/\//i.test(url.trim()) && isSafeLinkUrl(url);
  const problem = !title.trim()
    ? 'Give the teaser a title.'
    : target === 'url'
      ? urlOk
        ? null
        : 'Enter a web address starting with https://'
      : articleId
        ? null
        : 'Choose an article from the library.';

  const submit = () => {
    if (problem) return;
    request.submit({
      title: title.trim(),
      outlet: outlet.trim() || null,
      url: target === 'url' ? url.trim() : null,
      articleId: target === 'article' ? articleId : null,
    });
    close();
  };

  const pick = (id: string) => {
    setArticleId(id);
    if (!title.trim()) setTitle(entries.find((e) => e.id === id)?.headline ?? '');
  };

  return (
    <Modal
      title={request.heading}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={problem !== null} title={problem ?? undefined} onClick={submit}>
            {request.initial?.title ? 'Update' : 'Insert'}
          </button>
        </>
      }
    >
      <label className="form-row">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Russia maintains 'constant contact' with Venezuela" />
      </label>
      <label className="form-row">
        <span>Outlet (optional)</span>
        <input value={outlet} onChange={(e) => setOutlet(e.target.value)} placeholder="TRT World" />
      </label>
      <fieldset className="form-row segmented">
        <legend>Links to</legend>
        <label>
          <input type="radio" name="related-target" checked={target === 'url'} onChange={() => setTarget('url')} /> A web address
        </label>
        <label>
          <input type="radio" name="related-target" checked={target === 'article'} onChange={() => setTarget('article')} /> An article in
          the library
        </label>
      </fieldset>
      {target === 'url' ? (
        <label className="form-row">
          <span>Web address</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
      ) : (
        <div className="form-row">
          <input aria-label="Find an article" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Find an article…" />
          <ul className="pick-list" role="listbox" aria-label="Articles">
            {matches.map((e) => (
              <li
                key={e.id}
                role="option"
                aria-selected={e.id === articleId}
                className={e.id === articleId ? 'picked' : undefined}
                onClick={() => pick(e.id)}
              >
                {e.headline}
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && <p className="form-hint">{problem}</p>}
    </Modal>
  );
}
