import { bodyToHtml } from '../../../../render/html/bodyToHtml';
import { htmlToBody } from '../../../../core/html/htmlToBody';

/**
 * Pasted HTML goes through the same allow-list as every import: web pages and word processors keep
 * their structure (paragraphs, headings, lists, quotes, links) and lose styles, scripts, event handlers
 * and tracking attributes before ProseMirror sees them.
 */
export function sanitizePastedHtml(html: string): string {
  try {
    return bodyToHtml(htmlToBody(html));
  } catch {
    // Too large or unparseable: paste nothing rather than something unchecked.
    return '';
  }
}
