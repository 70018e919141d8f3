import type { Article, RelatedLink } from '../../../../core/article/schema';
import { FIELD_LIMITS } from '../../../../core/article/schema';
import { useLibrary } from '../../state/libraryStore';
import { useRelatedDialog } from '../../state/relatedDialogStore';
import type { ArticlePatch } from './ArticleFields';
import { useFieldFlag } from '../checks/useFieldFlag';
import { copyAttributes } from '../../../../core/text/direction';
import { CommentableInput } from '../review/CommentableInput';

interface Props {
  article: Article;
  onChange(patch: ArticlePatch): void;
}

const toLink = (a: { title: string; url: string | null; articleId: string | null; outlet: string | null }): RelatedLink => ({
  title: a.title,
  ...(a.url ? { url: a.url } : {}),
  ...(a.articleId ? { articleId: a.articleId } : {}),
  ...(a.outlet ? { outlet: a.outlet } : {}),
});

/** What follows the body on the page: the related-story cards and the closing source line. */
export function ArticleFooterFields({ article, onChange }: Props) {
  const open = useRelatedDialog((s) => s.open);
  const sourceFlag = useFieldFlag('source');
  const entries = useLibrary((s) => s.entries);
  const headlineOf = (id: string) => entries.find((e) => e.id === id)?.headline;

  const add = () => open({ heading: 'Add a related story', submit: (attrs) => onChange({ related: [...article.related, toLink(attrs)] }) });
  const edit = (index: number) => {
    const link = article.related[index]!;
    open({
      heading: 'Edit related story',
      initial: { title: link.title, url: link.url ?? null, articleId: link.articleId ?? null, outlet: link.outlet ?? null },
      submit: (attrs) => onChange({ related: article.related.map((r, i) => (i === index ? toLink(attrs) : r)) }),
    });
  };

  return (
    <div className="footer-fields">
      <section className="related-cards" aria-label="Related stories">
        <h3>Related stories</h3>
        <ul>
          {article.related.map((link, i) => (
            <li key={i} className="related-card">
              <span className="related-card-title">{link.title}</span>
              <span className="related-card-target">
                {link.url ?? (link.articleId ? `Library: ${headlineOf(link.articleId) ?? 'missing article'}` : '')}
              </span>
              <span className="related-card-actions">
                <button type="button" className="button small" onClick={() => edit(i)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove related story ${link.title}`}
                  onClick={() => onChange({ related: article.related.filter((_, j) => j !== i) })}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
        {article.related.length < FIELD_LIMITS.related && (
          <button type="button" className="button small" onClick={add}>
            Add related story
          </button>
        )}
      </section>
      <label className="source-line">
        <span className="source-label">SOURCE:</span>
        <CommentableInput
          field="source"
          comments={article.review.comments}
          data-check-field="source"
          {...copyAttributes(article.language)}
          {...sourceFlag}
          aria-label="Source"
          placeholder="TRTWorld and agencies"
          maxLength={FIELD_LIMITS.source}
          value={article.source}
          onChange={(e) => onChange({ source: e.target.value })}
        />
      </label>
    </div>
  );
}
