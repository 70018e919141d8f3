import { SUGGESTIBLE_FIELDS, type FieldAnchor, type SuggestibleField } from '../../../../core/review/reviewSchema';

/**
 * The bridge between comments and the single-line fields' textareas, which mark themselves with
 * `data-comment-field`. A field has no marks, so a comment there is the textarea's selection offsets.
 */
const FIELD_SELECTOR = 'textarea[data-comment-field], input[data-comment-field]';

const isField = (name: string | undefined): name is SuggestibleField => (SUGGESTIBLE_FIELDS as readonly string[]).includes(name ?? '');

/** The selection in the focused field, if the focus is in one and something is selected there. */
export function focusedFieldSelection(): FieldAnchor | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) || !element.matches(FIELD_SELECTOR)) return null;
  const field = element.dataset.commentField;
  const start = element.selectionStart ?? 0;
  const end = element.selectionEnd ?? 0;
  if (!isField(field) || start >= end) return null;
  return { field, start, end };
}

/** The focused field and where its selection starts, if the focus is in a commentable field. */
export function focusedFieldCaret(): { field: SuggestibleField; at: number } | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) || !element.matches(FIELD_SELECTOR)) return null;
  const field = element.dataset.commentField;
  return isField(field) ? { field, at: element.selectionStart ?? 0 } : null;
}

/** Whether the field has an input on screen to select words in. */
export function hasFieldInput(field: SuggestibleField): boolean {
  return document.querySelector(`[data-comment-field="${field}"]`) !== null;
}

/** Whether the focus is in a commentable field (an empty selection there is the user's mistake, not the body's). */
export function focusInField(): boolean {
  return document.activeElement instanceof HTMLElement && document.activeElement.matches(FIELD_SELECTOR);
}

/** Selects a field comment's text in its field and brings it into view ("click goes to it"). */
export function selectInField(anchor: FieldAnchor): boolean {
  const element = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(`[data-comment-field="${anchor.field}"]`);
  if (!element) return false;
  element.focus();
  element.setSelectionRange(anchor.start, anchor.end);
  element.scrollIntoView({ block: 'nearest' });
  return true;
}
