import type { Element } from 'domhandler';
import type { BodyNode } from '../../core/article/bodySchema';
import { ArticleSchema, FIELD_LIMITS, newArticle, type Article } from '../../core/article/schema';
import { anchoredTexts } from '../../core/review/comments';
import { COMMENT } from '../../core/review/reviewMarks';
import { EDITORS_NOTE_PREFIX } from './docxReview';
import { emptyReview, type FieldAnchor, type Review, type ReviewComment, type SuggestibleField } from '../../core/review/reviewSchema';
import {
  ImportError,
  type ImportContext,
  type ImportResult,
  type ImportWarning,
  type RecognisedField,
} from '../../core/import/importTypes';
import { toBlocks, withBoundaries } from './docxBlocks';
import { readComments } from './docxCommentsReader';
import { readField, stripBy, stripSource, type FieldRead } from './docxFrontMatter';
import { readLanguage } from './docxLanguage';
import { readNewsroom } from './docxNewsroomReader';
import { openDocx, readRelationships, type DocxPackage } from './docxPackage';
import { readPictures, type DocxImage } from './docxPictures';
import { newStats, readParagraph, type ReadParagraph, type ReaderContext } from './docxParagraphReader';
import type { VisibleNewsroom } from './docxNewsroomReader';
import { readNumbering, readStyles } from './docxStyleMap';
import { reviewWarnings } from './docxWarnings';
import { find, findAll, kids, parseXml, textContent } from './docxXml';

export type { DocxImage };
export type DocxImportResult = ImportResult & { image?: DocxImage };

/**
 * A Word file as an article: Title → headline, Subtitle → standfirst, our Byline/Dateline/Source styles,
 * body with headings, quotes, lists and links, the first picture as the lead image with its caption and
 * credit, the document's author and language, the newsroom fields from its custom properties.
 * Tracked changes come in as suggestions and comments as comment threads: nothing is accepted or dropped.
 */
export function importDocx(bytes: Uint8Array, fileName: string, context: ImportContext): DocxImportResult {
  const pkg = openDocx(bytes, fileName);
  const docRoots = parseXml(pkg.part('word/document.xml') ?? '');
  const body = find(docRoots, 'w:body');
  if (!body)
    throw new ImportError(
      'unsupported',
      `“${fileName}” has no readable document body. Open it in Word, save it again, and import the new file.`,
    );
  const rels = readRelationships(pkg.part('word/_rels/document.xml.rels'));
  const read = readComments(pkg.part('word/comments.xml'), pkg.part('word/commentsExtended.xml'));
  const ctx: ReaderContext = {
    styles: readStyles(pkg.part('word/styles.xml')),
    links: new Map([...rels].filter(([, r]) => r.external).map(([id, r]) => [id, r.target])),
    closedComments: new Set(findAll([body], 'w:commentRangeEnd').map((el) => el.attribs['w:id'] ?? '')),
    openComments: new Set(),
    stats: newStats(),
  };
  const warnings: ImportWarning[] = read.warnings.map((message) => ({ field: 'review', message }));
  const paragraphs: ReadParagraph[] = [];
  let tables = 0;
  const visit = (children: readonly Element[]) => {
    for (const el of children) {
      if (el.name === 'w:p') paragraphs.push(readParagraph(el, ctx));
      else if (el.name === 'w:tbl') {
        tables += 1;
        for (const p of findAll([el], 'w:p')) paragraphs.push(readParagraph(p, ctx));
      } else if (el.name === 'w:sdt' || el.name === 'w:sdtContent' || el.name === 'w:customXml') visit(kids(el));
    }
  };
  visit(kids(body));
  if (tables > 0)
    warnings.push({
      field: 'body',
      message: `${tables} table${tables === 1 ? ' was' : 's were'} imported as plain paragraphs, one per cell.`,
    });

  const pictures = readPictures(paragraphs, rels, pkg);
  warnings.push(...pictures.warnings);
  const front = splitFrontMatter(paragraphs.filter((p) => !pictures.captions.has(p)));
  const newsroom = readNewsroom(pkg.part('docProps/custom.xml'), front.newsroom);
  warnings.push(...newsroom.warnings);
  const bodyDoc: BodyNode = { type: 'doc', content: toBlocks(withBoundaries(front.body), readNumbering(pkg.part('word/numbering.xml'))) };
  if (bodyDoc.content!.length === 0) bodyDoc.content = [{ type: 'paragraph' }];

  const review = emptyReview();
  const fields: Partial<Record<SuggestibleField, string>> = {};
  const quotes = anchoredTexts(bodyDoc);
  const inFields = new Map<string, FieldAnchor>();
  for (const [field, value] of Object.entries(front.fields) as [SuggestibleField, FieldRead][]) {
    fields[field] = value.value.slice(0, FIELD_LIMITS[field as keyof typeof FIELD_LIMITS] ?? 1000);
    if (value.suggestion) review.fields[field] = value.suggestion;
    for (const [id, text] of value.comments) if (!quotes.has(id)) quotes.set(id, text);
    // A comment on the Title or Subtitle (or byline, dateline, source) anchors in that field.
    for (const [id, { start, end }] of value.anchors)
      if (!inFields.has(id) && end <= fields[field].length) inFields.set(id, { field, start, end });
  }
  Object.assign(review.fields, pictures.suggestions);
  for (const [id, text] of pictures.comments) if (!quotes.has(id)) quotes.set(id, text);
  review.comments = threads(read.comments, ctx, quotes, review, warnings).map((c) => {
    const fieldAnchor = c.parentId === null ? inFields.get(c.id) : undefined;
    return fieldAnchor ? { ...c, fieldAnchor } : c;
  });
  // Word repeats a reply's range where its thread's is; the thread's own anchor is enough here.
  const replies = new Set(review.comments.filter((c) => c.parentId !== null).map((c) => c.id));
  if (replies.size > 0) bodyDoc.content = withoutCommentIds(bodyDoc, replies).content ?? [];
  const unanchored = review.comments.filter((c) => c.parentId === null && !quotes.has(c.id)).length;
  warnings.push(...reviewWarnings(ctx.stats, review, unanchored));

  const author = creator(pkg);
  const recognised: RecognisedField[] = ['body'];
  for (const field of ['headline', 'standfirst', 'byline', 'dateline', 'source'] as const) if (fields[field]) recognised.push(field);
  if (front.section) recognised.push('section');
  if (pictures.leadImage?.caption) recognised.push('caption');
  if (pictures.leadImage?.credit) recognised.push('credit');
  const language = readLanguage(pkg, front.body, ctx.stats.rtlRuns, front.body.map((p) => readField(p).value).join('\n'));
  warnings.push(...language.warnings);
  if (language.language) recognised.push('language');
  if (!fields.byline && author) {
    fields.byline = author.slice(0, FIELD_LIMITS.byline);
    recognised.push('byline');
    warnings.push({
      field: 'byline',
      message: `The byline is the document’s author (“${author}”) from the file’s properties; check it is the reporter.`,
    });
  }
  if (!fields.headline)
    warnings.push({ field: 'headline', message: 'The document has no Title and no heading before the text, so the headline is empty.' });
  const article: Article = newArticle(context.id, context.now, {
    headline: fields.headline ?? '',
    standfirst: fields.standfirst ?? '',
    byline: fields.byline ?? '',
    dateline: fields.dateline ?? '',
    source: fields.source ?? '',
    section: front.section.slice(0, FIELD_LIMITS.section),
    leadImage: pictures.leadImage,
    body: bodyDoc,
    review,
    newsroom: newsroom.newsroom,
    ...(language.language ? { language: language.language } : {}),
  });
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(
      'invalid_schema',
      `“${fileName}” could not be imported: ${issue?.path.join('.') || 'the article'}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  return { article: parsed.data, warnings, recognised, ...(pictures.image ? { image: pictures.image } : {}) };
}

function withoutCommentIds(node: BodyNode, ids: ReadonlySet<string>): BodyNode {
  const out: BodyNode = { ...node };
  if (node.marks) {
    const marks = node.marks.filter((m) => m.type !== COMMENT || !ids.has(String(m.attrs?.id)));
    if (marks.length > 0) out.marks = marks;
    else delete out.marks;
  }
  if (node.content) out.content = node.content.map((child) => withoutCommentIds(child, ids));
  return out;
}

interface FrontMatter {
  fields: Partial<Record<SuggestibleField, FieldRead>>;
  section: string;
  /** The newsroom lines the document shows; the fields come from its custom properties, checked against these. */
  newsroom: VisibleNewsroom;
  body: ReadParagraph[];
}

const isEmpty = (p: ReadParagraph) => p.inlines.length === 0 && p.images.length === 0 && !p.markRevision;

/** Title, Subtitle and our own front-matter styles become fields; the first heading stands in for a missing Title. */
function splitFrontMatter(paragraphs: readonly ReadParagraph[]): FrontMatter {
  const fields: FrontMatter['fields'] = {};
  const body: ReadParagraph[] = [];
  const newsroom: VisibleNewsroom = { notices: [], notes: [] };
  let section = '';
  const hasTitle = paragraphs.some((p) => p.role === 'title');
  let sawText = false;
  for (const p of paragraphs) {
    if (isEmpty(p)) continue;
    const take = (field: SuggestibleField, strip?: (t: string) => string) => {
      if (fields[field]) return false;
      fields[field] = readField(p, strip);
      return true;
    };
    if (p.role === 'title' && take('headline')) continue;
    if (!hasTitle && !sawText && p.role === 'heading' && p.level <= 1 && take('headline')) continue;
    if (p.role === 'subtitle' && take('standfirst')) continue;
    if (p.role === 'byline' && take('byline', stripBy)) continue;
    if (p.role === 'dateline' && take('dateline')) continue;
    if (p.role === 'source' && take('source', stripSource)) continue;
    if (p.role === 'section' && !section && !sawText) {
      section = readField(p).value;
      continue;
    }
    if (p.role === 'notice' || p.role === 'note') {
      (p.role === 'notice' ? newsroom.notices : newsroom.notes).push(readField(p).value);
      continue;
    }
    if (p.inlines.length === 0 && !p.markRevision) continue;
    sawText = true;
    body.push(p);
  }
  return { fields, section, newsroom, body };
}

/** Threads from Word's comments: replies under their root, anchors quoted, missing texts kept as placeholders. */
function threads(
  read: Map<string, ReviewComment>,
  ctx: ReaderContext,
  quotes: Map<string, string>,
  review: Review,
  warnings: ImportWarning[],
): ReviewComment[] {
  const out: ReviewComment[] = [];
  const referenced = new Set([...ctx.stats.anchoredComments, ...ctx.stats.commentReferences]);
  let missing = 0;
  for (const wordId of referenced) {
    if (read.has(wordId)) continue;
    missing += 1;
    read.set(wordId, {
      id: `w${wordId}`,
      parentId: null,
      author: '',
      initials: '',
      date: '',
      text: '(The text of this Word comment could not be read: the file’s comments part is damaged or missing.)',
      resolved: false,
      quote: '',
    });
  }
  if (missing > 0)
    warnings.push({
      field: 'review',
      message: `${missing} comment${missing === 1 ? '' : 's'} in the text had no readable comment text; each is kept with a note, anchored where it was.`,
    });
  const byId = new Map([...read.values()].map((c) => [c.id, c]));
  const rootOf = (c: ReviewComment, depth = 0): string | null => {
    if (c.parentId === null || depth > 50) return c.parentId;
    const parent = byId.get(c.parentId);
    return parent && parent.parentId !== null ? rootOf(parent, depth + 1) : c.parentId;
  };
  for (const comment of read.values()) {
    if (comment.parentId === null && comment.text.startsWith(EDITORS_NOTE_PREFIX)) {
      review.editorNote = comment.text.slice(EDITORS_NOTE_PREFIX.length).slice(0, 5000);
      continue;
    }
    out.push({ ...comment, parentId: rootOf(comment), quote: (quotes.get(comment.id) ?? '').slice(0, 2000) });
  }
  return out.slice(0, 5000);
}

function creator(pkg: DocxPackage): string {
  const xml = pkg.part('docProps/core.xml');
  if (!xml) return '';
  const el = find(parseXml(xml), 'dc:creator');
  const name = el ? textContent(el).trim() : '';
  // Our own exports and templates name the app, not a person.
  return /^(copydesk|microsoft office user|user|author)$/i.test(name) ? '' : name;
}
