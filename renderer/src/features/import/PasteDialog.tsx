import { useState } from 'react';
import { Modal } from '../../ui/Modal';
import { useImports } from './importStore';

/** Where the clipboard cannot be read directly: paste the page text here, then review it. */
export function PasteDialog() {
  const open = useImports((s) => s.pasteOpen);
  const [text, setText] = useState('');
  // A paste from a browser carries the selection's HTML too; it keeps headings, quotes, links and captions.
  const [html, setHtml] = useState('');
  const { closePaste, fromPastedText, fromPastedHtml } = useImports.getState();
  const review = () =>
    (html.trim() ? fromPastedHtml(html, text) : fromPastedText(text)).then(() => {
      setText('');
      setHtml('');
    });
  if (!open) return null;
  return (
    <Modal
      title="Paste as new article"
      wide
      onClose={closePaste}
      footer={
        <>
          <button type="button" className="button" onClick={closePaste}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!text.trim()} onClick={() => void review()}>
            Review
          </button>
        </>
      }
    >
      <p className="hint">
        Copy the whole article from a web page or wire (section, headline, caption, time, body, Related lines, SOURCE) and paste it below.
      </p>
      <textarea
        className="paste-area"
        aria-label="Article text"
        value={text}
        onPaste={(e) => setHtml(e.clipboardData.getData('text/html'))}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value === '') setHtml('');
        }}
        rows={14}
      />
    </Modal>
  );
}
