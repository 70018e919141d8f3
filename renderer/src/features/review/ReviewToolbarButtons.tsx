import { useReview } from './reviewStore';
import './review.css';

/** The toolbar's review buttons: suggesting mode on and off, and the review panel. */
export function ReviewToolbarButtons() {
  const { suggesting, panelOpen, actions, setPanelOpen } = useReview();
  return (
    <>
      <button
        type="button"
        className={suggesting ? 'tool active suggesting-on' : 'tool'}
        aria-pressed={suggesting}
        title="Suggesting mode: edits become suggestions (Ctrl+Shift+E)"
        data-testid="toggle-suggesting"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => actions?.toggleSuggesting()}
      >
        {suggesting ? 'Suggesting' : 'Suggest'}
      </button>
      <button
        type="button"
        className={panelOpen ? 'tool active' : 'tool'}
        aria-pressed={panelOpen}
        title="Review panel: suggestions, comments, sign-off"
        data-testid="toggle-review-panel"
        onClick={() => setPanelOpen(!panelOpen)}
      >
        Review
      </button>
    </>
  );
}
