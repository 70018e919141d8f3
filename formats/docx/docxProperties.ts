import type { Article } from '../../core/article/schema';

export const CORE_PROPERTIES_PATH = 'docProps/core.xml';
export const APP_NAME = 'Copydesk';

/** XML 1.0 refuses most control characters and lone surrogates; Word then refuses the whole file. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Word shows keywords as tags split on semicolons. */
export const keywordsOf = (tags: readonly string[]): string => tags.join('; ');

export const creatorOf = (article: Article): string => article.byline.trim() || APP_NAME;

/**
 * The package's core properties, written by us rather than docx: docx stamps the creation and
 * modification times from the clock and has no dc:language, while the article knows both, so Word's
 * file info shows when the story was written rather than when it happened to be exported.
 */
export function corePropertiesXml(article: Article): string {
  const element = (name: string, value: string) => (value ? `<${name}>${xmlText(value)}</${name}>` : '');
  const stamp = (name: string, iso: string) => `<${name} xsi:type="dcterms:W3CDTF">${xmlText(iso)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', article.headline),
    element('dc:subject', article.section),
    element('dc:creator', creatorOf(article)),
    element('cp:keywords', keywordsOf(article.tags)),
    element('dc:description', article.standfirst),
    element('dc:language', article.language),
    element('cp:lastModifiedBy', APP_NAME),
    element('cp:contentStatus', article.status),
    stamp('dcterms:created', article.createdAt),
    stamp('dcterms:modified', article.updatedAt),
    '</cp:coreProperties>',
  ].join('');
}
