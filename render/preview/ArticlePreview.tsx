/** @jsxRuntime automatic @jsxImportSource react */
// Rendered outside Vite too (the HTML export in main, the CLI), so the JSX runtime is named here.
import type { Article, LeadImage, RelatedLink } from '../../core/article/schema';
import { BODY_LIMITS, measureBody } from '../../core/article/bodySchema';
import { articleStats, countWords, readTimeMinutes } from '../../core/text/stats';
import { textDirection } from '../../core/text/direction';
import { BodyView } from './BodyView';
import { flatText } from '../body/flatText';
import { relatedTitleElement, resolveRelatedLink, type RelatedHref } from '../body/relatedTeaserElement';
import { htmlTreeToReact } from './htmlTreeToReact';
import { RelativeTime } from './RelativeTime';
import { formatAbsoluteTime } from '../../core/text/relativeTime';
import { cleanArticle } from '../../core/review/cleanArticle';
import { NewsroomBanner, NewsroomNotes } from './NewsroomNotes';

export type PreviewWidth = 'desktop' | 'mobile';

export interface ArticlePreviewProps {
  article: Article;
  /** The clock for the relative publish time; the static export passes the moment of export. */
  now: Date;
  /** The lead image's address, resolved by the host (an asset URL in the app, a file name in an export). */
  imageUrl: string | null;
  /** How a related story that is another library article is linked; without it, it is plain text. */
  relatedHref?: RelatedHref;
  width?: PreviewWidth;
  /** A page that leaves the app (HTML, PDF): its time is a date, since "40 minutes ago" goes stale, and a
   * picture that is not there leaves no grey box. */
  exported?: boolean;
}

// The page's own words ("min read", "Related", "SOURCE") are English, so the time stamp is too: a
// German stamp beside an English "2 min read" would read as a bug. Localising the chrome is one change.
const UI_LOCALE = 'en';

/**
 * The article as a reader sees it on a news site, in the order of the seed page: section, read time,
 * headline, standfirst, lead image with caption and credit, time, body, related stories, source.
 *
 * Pure by contract: the app renders it live in Preview mode and the HTML export renders it with
 * react-dom/server, so everything comes in as props (no window, document, stores or IPC).
 */
export function ArticlePreview({
  article: reviewed,
  now,
  imageUrl,
  relatedHref,
  width = 'desktop',
  exported = false,
}: ArticlePreviewProps) {
  // The preview shows the story as it would read with every open suggestion accepted: never a review mark.
  const article = cleanArticle(reviewed, 'accept');
  const stats = readingStats(article);
  const headline = article.headline.trim();
  return (
    <article className={`cdp-root cdp-${width}`} lang={article.language} dir={textDirection(article.language)}>
      <div className="cdp-column">
        <NewsroomBanner newsroom={article.newsroom} />
        <header className="cdp-header">
          {article.section.trim() || stats.words > 0 ? (
            <p className="cdp-kicker">
              {article.section.trim() ? <span className="cdp-section">{article.section}</span> : null}
              {stats.words > 0 ? <span className="cdp-readtime">{`${stats.readMinutes} min read`}</span> : null}
            </p>
          ) : null}
          <h1 className={headline ? 'cdp-headline' : 'cdp-headline cdp-untitled'}>{headline ? article.headline : 'Untitled'}</h1>
          {article.standfirst.trim() ? <p className="cdp-standfirst">{article.standfirst}</p> : null}
        </header>
        <LeadFigure image={article.leadImage} imageUrl={imageUrl} exported={exported} />
        <Meta article={article} now={now} exported={exported} />
        <div className="cdp-body">
          <BodyView body={article.body} relatedHref={relatedHref} />
        </div>
        <RelatedCards related={article.related} relatedHref={relatedHref} />
        <Footer source={article.source} tags={article.tags} />
        <NewsroomNotes newsroom={article.newsroom} />
      </div>
    </article>
  );
}

/** articleStats walks the body recursively; a body too deep for the schema is counted flat instead. */
function readingStats(article: Article): { words: number; readMinutes: number } {
  if (measureBody(article.body).depth <= BODY_LIMITS.maxDepth) return articleStats(article);
  const words = countWords(flatText(article.body));
  return { words, readMinutes: readTimeMinutes(words) };
}

function LeadFigure({ image, imageUrl, exported }: { image: LeadImage | null; imageUrl: string | null; exported: boolean }) {
  if (!image && !imageUrl) return null;
  const alt = image?.alt.trim() ?? '';
  const caption = image?.caption.trim() ?? '';
  const credit = image?.credit.trim() ?? '';
  // The seed page's form: the caption, then " / " and the credit, on one line.
  const captionLine = [caption, credit].filter(Boolean).join(' / ');
  return (
    <figure className="cdp-figure">
      {imageUrl ? (
        // <picture> stops react-dom/server hoisting a <link rel="preload"> above the exported article.
        <picture className="cdp-picture">
          <img className="cdp-image" src={imageUrl} alt={alt} decoding="async" />
        </picture>
      ) : exported ? null : (
        // The asset is missing or not yet resolved: a box the size of a lead image keeps the layout honest.
        <div className="cdp-image-placeholder" role="img" aria-label={alt || 'Lead image'}>
          <span className="cdp-image-placeholder-text">{alt || 'Lead image'}</span>
        </div>
      )}
      {captionLine ? (
        <figcaption className="cdp-caption">
          {caption ? <span className="cdp-caption-text">{caption}</span> : null}
          {credit ? <span className="cdp-credit">{caption ? ` / ${credit}` : credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function Meta({ article, now, exported }: { article: Article; now: Date; exported: boolean }) {
  const published = article.publishedAt !== null;
  const date = new Date(article.publishedAt ?? article.updatedAt);
  const byline = article.byline.trim();
  const dateline = article.dateline.trim();
  // A published story prints its time bare, as news pages do; a future one is embargoed; an
  // unpublished one has only its last edit to show, and says so.
  const label = published ? { past: '', future: 'Publishes ' } : { past: 'Updated ', future: 'Updated ' };
  return (
    <div className="cdp-meta">
      {exported ? (
        <span className="cdp-time">
          {date.getTime() - now.getTime() > 0 ? label.future : label.past}
          <time dateTime={date.toISOString()}>{formatAbsoluteTime(date, UI_LOCALE)}</time>
        </span>
      ) : (
        <RelativeTime className="cdp-time" date={date} now={now} locale={UI_LOCALE} label={label} />
      )}
      {byline ? <span className="cdp-byline">{`By ${byline}`}</span> : null}
      {dateline ? <span className="cdp-dateline">{dateline}</span> : null}
    </div>
  );
}

function RelatedCards({ related, relatedHref }: { related: RelatedLink[]; relatedHref: RelatedHref | undefined }) {
  const items = related.filter((item) => item.title.trim() !== '');
  if (items.length === 0) return null;
  return (
    <aside className="cdp-related" aria-label="Related stories">
      <h2 className="cdp-related-label">Related</h2>
      <ul className="cdp-related-list">
        {items.map((item, index) => (
          <li className="cdp-related-card" key={index}>
            {item.outlet ? <span className="cdp-related-outlet">{item.outlet}</span> : null}
            {htmlTreeToReact([
              relatedTitleElement(item.title, resolveRelatedLink(item.url, item.articleId, relatedHref), 'cdp-related-title'),
            ])}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Footer({ source, tags }: { source: string; tags: string[] }) {
  const shownTags = tags.filter((tag) => tag.trim() !== '');
  if (!source.trim() && shownTags.length === 0) return null;
  return (
    <footer className="cdp-footer">
      {source.trim() ? (
        <p className="cdp-source">
          {/* Only the label is styled: the source's own name prints exactly as typed. */}
          <span className="cdp-source-label">SOURCE:</span> {source.trim()}
        </p>
      ) : null}
      {shownTags.length > 0 ? (
        <ul className="cdp-tags" aria-label="Tags">
          {shownTags.map((tag, index) => (
            <li className="cdp-tag" key={index}>
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
