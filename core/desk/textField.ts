import type * as Y from 'yjs';

/**
 * Sets a Y.Text to a new value by replacing only the characters that differ (common prefix and suffix
 * kept), so two people changing different words of one headline both keep their change: the merge is
 * Yjs's, this only turns "the field now reads X" into the smallest edit.
 */
export function setText(ytext: Y.Text, value: string): void {
  const current = ytext.toString();
  if (current === value) return;
  let start = 0;
  const max = Math.min(current.length, value.length);
  while (start < max && current.charCodeAt(start) === value.charCodeAt(start)) start++;
  let endA = current.length;
  let endB = value.length;
  while (endA > start && endB > start && current.charCodeAt(endA - 1) === value.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // Never split a surrogate pair: widen the edit to whole code points.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (endA < current.length && isLowSurrogate(current.charCodeAt(endA))) {
    endA++;
    endB++;
  }
  if (endA > start) ytext.delete(start, endA - start);
  if (endB > start) ytext.insert(start, value.slice(start, endB));
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
