import type { BodyNode } from '../../core/article/bodySchema';
import { bodyElements, type BodyRenderOptions } from '../body/bodyElements';
import { htmlTreeToString } from './htmlTree';

export type BodyHtmlOptions = BodyRenderOptions;

/**
 * The body as HTML text (ninjs `body_html`, paste sanitising, the Copydesk JSON import's re-check): the
 * same element tree the preview renders, spelled out as a string, one block a line.
 */
export function bodyToHtml(body: BodyNode, options: BodyHtmlOptions = {}): string {
  return htmlTreeToString(bodyElements(body, options), '\n');
}
