/** @jsxRuntime automatic @jsxImportSource react */
// Rendered outside Vite too (the HTML export in main, the CLI), so the JSX runtime is named here.
import { createElement, Fragment, type ReactNode } from 'react';
import type { BodyNode } from '../../core/article/bodySchema';
import { bodyElements } from '../body/bodyElements';
import type { RelatedHref } from '../body/relatedTeaserElement';
import { htmlTreeToReact } from './htmlTreeToReact';

export interface BodyViewProps {
  body: BodyNode;
  relatedHref?: RelatedHref;
}

/**
 * The article body as React elements: the one element tree of render/body, so the preview, the HTML and
 * PDF exports and every HTML output agree. React escapes every string, so the body never reaches the
 * page as HTML. This is the reader's view and the export's, so it stays pure (no DOM, no stores).
 */
export function BodyView({ body, relatedHref }: BodyViewProps): ReactNode {
  return createElement(Fragment, null, ...htmlTreeToReact(bodyElements(body, { relatedHref })));
}
