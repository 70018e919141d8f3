import type { BodyNode } from '../../core/article/bodySchema';

/** Too deep to nest further: the text survives, the structure does not. Iterative, so depth is no risk. */
export function flatText(node: BodyNode): string {
  const parts: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    const { text, content } = next as { text?: unknown; content?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i -= 1) stack.push(content[i]);
  }
  return parts.join('');
}
