import { useState } from 'react';
import type { Article } from '../../../../core/article/schema';
import { ArticlePreview, type PreviewWidth } from '../../../../render/preview/ArticlePreview';
import '../../../../render/preview/preview.css';

const WIDTHS: ReadonlyArray<{ width: PreviewWidth; label: string }> = [
  { width: 'desktop', label: 'Desktop' },
  { width: 'mobile', label: 'Mobile' },
];

export interface PreviewPaneProps {
  article: Article;
  imageUrl: string | null;
  /** Controlled width, so View > Mobile preview can set it; uncontrolled when absent. */
  width?: PreviewWidth;
  onWidthChange?(width: PreviewWidth): void;
}

/**
 * Preview mode in the app: the reader's view of the article, at desktop width or in a phone-sized frame.
 * The stylesheet is imported here rather than by ArticlePreview so the HTML export can read it on its own.
 */
export function PreviewPane({ article, imageUrl, width: controlled, onWidthChange }: PreviewPaneProps) {
  const [own, setOwn] = useState<PreviewWidth>('desktop');
  const width = controlled ?? own;
  const setWidth = onWidthChange ?? setOwn;
  return (
    <section className="cdp-pane" aria-label="Preview">
      <div className="cdp-pane-toolbar" role="toolbar" aria-label="Preview width">
        {WIDTHS.map((option) => (
          <button
            key={option.width}
            type="button"
            className="cdp-pane-toggle"
            aria-pressed={width === option.width}
            onClick={() => setWidth(option.width)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {/* Focusable so the keyboard can scroll a long story. */}
      <div className={`cdp-pane-scroll cdp-pane-${width}`} tabIndex={0} aria-label="Article preview">
        <ArticlePreview article={article} now={new Date()} imageUrl={imageUrl} width={width} />
      </div>
    </section>
  );
}
