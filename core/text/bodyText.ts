import type { BodyNode } from '../article/bodySchema';

/** The body's text, one block a line. Related teasers are not part of the story's own words. */
export function bodyBlocks(body: BodyNode, options: { includeRelated?: boolean } = {}): string[] {
  const blocks: string[] = [];
  const visit = (node: BodyNode): void => {
    if (node.type === 'relatedTeaser') {
      if (options.includeRelated) blocks.push(String(node.attrs?.title ?? ''));
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
      blocks.push(inlineText(node));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return blocks;
}

export function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

export function bodyPlainText(body: BodyNode): string {
  return bodyBlocks(body).join('\n\n');
}
