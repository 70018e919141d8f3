import type { BodyNode } from '../article/bodySchema';
import { bodyPlainText } from '../text/bodyText';
import { BLOCK_BOUNDARY, DELETION, INSERTION } from './reviewMarks';

/**
 * The body as plain text with its open suggestions written in CriticMarkup ({++inserted++},
 * {--deleted--}), so a text diff (History) shows a suggestion as a suggestion rather than as both words
 * run together. A suggested paragraph break is ¶.
 */
export function reviewPlainText(body: BodyNode): string {
  const mark = (node: BodyNode): BodyNode => {
    if (node.type === 'text') {
      const types = new Set((node.marks ?? []).map((m) => m.type));
      const text = (node.text ?? '').replaceAll(BLOCK_BOUNDARY, '¶');
      if (types.has(INSERTION)) return { type: 'text', text: `{++${text}++}` };
      if (types.has(DELETION)) return { type: 'text', text: `{--${text}--}` };
      return node;
    }
    const own = new Set((node.marks ?? []).map((m) => m.type));
    const content = node.content?.map(mark);
    if (own.has(INSERTION) || own.has(DELETION)) {
      const [open, close] = own.has(INSERTION) ? ['{++', '++}'] : ['{--', '--}'];
      return { ...node, content: [{ type: 'text', text: open }, ...(content ?? []), { type: 'text', text: close }] };
    }
    return content ? { ...node, content } : node;
  };
  return bodyPlainText(mark(body)).replace(/\+\+\}\{\+\+|--\}\{--/g, '');
}
