/** @jsxRuntime automatic @jsxImportSource react */
// Rendered outside Vite too (the HTML export in main, the CLI), so the JSX runtime is named here.
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article } from '../../core/article/schema';
import { escapeHtml } from '../../core/html/escape';
import { textDirection } from '../../core/text/direction';
import { ArticlePreview } from './ArticlePreview';
import type { RelatedHref } from '../body/relatedTeaserElement';

export interface ArticleHtmlOptions {
  /** The preview stylesheet (preview.css), inlined so the page stands alone. */
  css: string;
  now: Date;
  /** The lead image: a data: URI when embedded, or the name of the file written beside the page. */
  imageSrc: string | null;
  relatedHref?: RelatedHref;
}

/**
 * A standalone HTML page of the article, rendered by the same component as the in-app preview, so the
 * export looks exactly like the preview. It carries no script, and its CSP forbids any.
 */
export function renderArticleHtml(article: Article, options: ArticleHtmlOptions): string {
  const markup = renderToStaticMarkup(
    <ArticlePreview
      article={article}
      now={options.now}
      imageUrl={options.imageSrc}
      relatedHref={options.relatedHref}
      width="desktop"
      exported
    />,
  );
  const title = escapeHtml(article.headline || 'Untitled article');
  const meta = [
    `<meta name="description" content="${escapeHtml(article.standfirst)}">`,
    article.byline ? `<meta name="author" content="${escapeHtml(article.byline)}">` : '',
    article.tags.length ? `<meta name="keywords" content="${escapeHtml(article.tags.join(', '))}">` : '',
    article.section ? `<meta property="article:section" content="${escapeHtml(article.section)}">` : '',
    article.publishedAt ? `<meta property="article:published_time" content="${escapeHtml(article.publishedAt)}">` : '',
    `<meta name="generator" content="Copydesk">`,
  ].filter(Boolean);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(article.language)}" dir="${textDirection(article.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: file:">`,
    `<title>${title}</title>`,
    ...meta,
    `<style>${options.css.replace(/<\/style/gi, '<\\/style')}</style>`,
    '</head>',
    `<body class="cdp-page">${markup}</body>`,
    '</html>',
    '',
  ].join('\n');
}
