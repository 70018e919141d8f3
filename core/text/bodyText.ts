import type { BodyNode } from '../article/bodySchema';

/** The body's text, one block a line. Related teasers are not part of the story's own words. */
export function bodyBlocks(body: BodyNode, options: { includeRelated?: boolean } = {}): string[] {
  const blocks: string[] = [];
  // Iterative, so an unvalidated, absurdly deep body cannot overflow the stack.
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'relatedTeaser') {
      if (options.includeRelated) blocks.push(String(node.attrs?.title ?? ''));
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
      blocks.push(inlineText(node));
    } else if (Array.isArray(node.content)) {
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
    }
  }
  return blocks;
}

export function inlineText(node: BodyNode): string {
  let text = '';
  const stack: BodyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') text += current.text ?? '';
    else if (current.type === 'hardBreak') text += '\n';
    else if (Array.isArray(current.content)) for (let i = current.content.length - 1; i >= 0; i--) stack.push(current.content[i]!);
  }
  return text;
}

export function bodyPlainText(body: BodyNode): string {
  return bodyBlocks(body).join('\n\n');
}
