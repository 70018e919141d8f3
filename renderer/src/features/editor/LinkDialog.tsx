import { useState } from 'react';
import { create } from 'zustand';
import { isSafeLinkUrl } from '../../../../core/html/safeUrl';
import { Modal } from '../../ui/Modal';

interface LinkRequest {
  initial: string;
  submit(href: string): void;
}

/** Electron has no window.prompt, so the link address is asked for in the app's own dialog. */
export const useLinkDialog = create<{ request: LinkRequest | null; open(r: LinkRequest): void; close(): void }>((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));

export function LinkDialog() {
  const request = useLinkDialog((s) => s.request);
  return request ? <LinkForm key={request.initial} request={request} /> : null;
}

function LinkForm({ request }: { request: LinkRequest }) {
  const close = useLinkDialog((s) => s.close);
  const [href, setHref] = useState(request.initial);
  const value = href.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  const ok = value !== '' && /^(https?|mailto):/i.test(withScheme) && isSafeLinkUrl(withScheme);
  const submit = () => {
    if (!ok) return;
    request.submit(withScheme);
    close();
  };
  return (
    <Modal
      title="Link"
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!ok} onClick={submit}>
            Apply
          </button>
        </>
      }
    >
      <label className="form-row">
        <span>Web or e-mail address</span>
        <input
          value={href}
          placeholder="https://"
          onChange={(e) => setHref(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
        />
      </label>
      {value !== '' && !ok && <p className="form-hint">Only web (http, https) and e-mail (mailto) links are allowed.</p>}
    </Modal>
  );
}
