import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Article } from '../../core/article/schema';
import type { ExportContext } from '../../core/export/exportTypes';
import { bodyParagraphs, newBlockContext, relatedHref, type BlockContext } from './docxBody';
import { docxDirection, type DocxDirection } from './docxDirection';
import { leadImageParagraphs } from './docxImage';
import { linkedText } from './docxInline';
import { fieldRuns } from './docxFieldRuns';
import { newsroomProperties, noteParagraphs, noticeParagraphs } from './docxNewsroom';
import { DocxReviewWriter } from './docxReview';
import { APP_NAME, CORE_PROPERTIES_PATH, corePropertiesXml } from './docxProperties';
import { LIST, numbering, PAGE, STYLE, styles } from './docxStyles';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The article as a Word document with real Word structure, so it can be restyled with a house template:
 * the headline in Title, the standfirst in Subtitle, body heads as Heading 2-4, quotes in Quote, lists as
 * Word lists, links as hyperlinks. Runs in Node and the browser alike.
 */
export async function exportDocx(article: Article, context: ExportContext): Promise<Uint8Array> {
  // Word carries review as it is: suggestions as w:ins/w:del, comments in comments.xml.
  const review = new DocxReviewWriter(article);
  const children = documentParagraphs(article, context, review);
  const properties = newsroomProperties(article.newsroom);
  const document = new Document({
    // Title, description, creator, keywords and language go into docProps/core.xml, which is ours (below).
    creator: APP_NAME,
    styles: styles(article.language, docxDirection(article.language).rtl),
    ...(properties.length > 0 ? { customProperties: properties } : {}),
    numbering: numbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: margins() } },
        children,
      },
    ],
    ...(review.comments.length > 0 ? { comments: { children: review.comments } } : {}),
  });
  // `uint8array` is the one output that is the same in Node and the browser, with no Buffer or Blob.
  return Packer.pack(document, 'uint8array', false, [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(article) }]);
}

function margins() {
  const m = PAGE.margin;
  return { top: m, right: m, bottom: m, left: m };
}

export function documentParagraphs(article: Article, context: ExportContext, review?: DocxReviewWriter): Paragraph[] {
  const direction = docxDirection(article.language);
  const blocks = newBlockContext({ articleHref: context.articleHref }, review, direction);
  const front = { article, review, direction };
  const paragraphs = [
    ...noticeParagraphs(article.newsroom, direction),
    ...frontMatter(front),
    ...leadImageParagraphs(article.leadImage, context.image, review ? { writer: review, data: article.review } : undefined, direction),
    ...bodyParagraphs(article.body, blocks),
    ...noteParagraphs(article.newsroom, direction),
    ...relatedStories(article, blocks),
    ...fieldParagraph(front, STYLE.source, article.source.trim(), 'source', 'SOURCE: '),
  ];
  // A document body needs at least one paragraph for Word to open it.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ ...direction.paragraph })];
}

const styled = (style: string, text: string, direction: DocxDirection): Paragraph[] =>
  text.trim() ? [new Paragraph({ ...direction.paragraph, style, children: [new TextRun({ ...direction.run, text: text.trim() })] })] : [];

/** Wire bylines often already say "By"; the line never reads "By By". */
export function bylineText(byline: string): string {
  const trimmed = byline.trim();
  if (trimmed === '') return '';
  return /^by\s/i.test(trimmed) ? trimmed : `By ${trimmed}`;
}

type FrontField = 'headline' | 'standfirst' | 'byline' | 'dateline' | 'source';

interface Front {
  article: Article;
  review: DocxReviewWriter | undefined;
  direction: DocxDirection;
}

/** A front-matter field's paragraph, with its suggestion as tracked changes; an empty field with a suggestion still shows it. */
function fieldParagraph(
  front: Front,
  style: string,
  value: string,
  field: FrontField,
  prefix = '',
  extra: ParagraphChild[] = [],
): Paragraph[] {
  const { article, review, direction } = front;
  const suggestion = review ? article.review.fields[field] : undefined;
  if (!value && !suggestion && extra.length === 0) return [];
  const runs = fieldRuns(value, suggestion, review, { prefix, format: direction.run, field });
  return [new Paragraph({ ...direction.paragraph, style, children: [...runs, ...extra] })];
}

function frontMatter(front: Front): Paragraph[] {
  const { article, review, direction } = front;
  const byline = article.byline.trim();
  const byPrefix = byline && !/^by\s/i.test(byline) ? 'By ' : '';
  return [
    ...styled(STYLE.sectionLabel, article.section, direction),
    // Comments with no text left in the body (and the editor's note) hang on the headline.
    ...fieldParagraph(front, STYLE.title, article.headline.trim(), 'headline', '', review?.unanchoredRanges() ?? []),
    ...fieldParagraph(front, STYLE.subtitle, article.standfirst.trim(), 'standfirst'),
    ...fieldParagraph(front, STYLE.byline, byline, 'byline', byPrefix),
    ...fieldParagraph(front, STYLE.dateline, article.dateline.trim(), 'dateline'),
  ];
}

/** The article's related stories, after the copy, as a bulleted list of links the way a page shows them. */
function relatedStories(article: Article, blocks: BlockContext): Paragraph[] {
  if (article.related.length === 0) return [];
  const instance = blocks.nextInstance();
  const { paragraph, run } = blocks.direction;
  const items = article.related.map(
    (link) =>
      new Paragraph({
        ...paragraph,
        numbering: { reference: LIST.bullet, level: 0, instance },
        children: [
          ...(link.outlet ? [new TextRun({ ...run, text: `${link.outlet} - ` })] : []),
          linkedText(link.title, relatedHref(link.url, link.articleId, blocks.options), run),
        ],
      }),
  );
  return [
    new Paragraph({ ...paragraph, heading: HeadingLevel.HEADING_2, children: [new TextRun({ ...run, text: 'Related stories' })] }),
    ...items,
  ];
}
