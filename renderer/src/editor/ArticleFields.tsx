import type { Article } from '../../../core/article/schema';
import { FIELD_LIMITS } from '../../../core/article/schema';

export type EditableField = 'section' | 'headline' | 'standfirst';

interface Props {
  article: Pick<Article, EditableField>;
  onChange(field: EditableField, value: string): void;
}

/** The fields above the body, styled as they will read: section label, headline, standfirst. */
export function ArticleFields({ article, onChange }: Props) {
  return (
    <div className="article-fields">
      <input
        className="field-section"
        aria-label="Section"
        placeholder="SECTION"
        maxLength={FIELD_LIMITS.section}
        value={article.section}
        onChange={(e) => onChange('section', e.target.value)}
      />
      <textarea
        className="field-headline"
        aria-label="Headline"
        placeholder="Headline"
        rows={1}
        maxLength={FIELD_LIMITS.headline}
        value={article.headline}
        onChange={(e) => onChange('headline', e.target.value.replace(/\n/g, ' '))}
      />
      <textarea
        className="field-standfirst"
        aria-label="Standfirst"
        placeholder="Standfirst: the one or two sentences under the headline"
        rows={1}
        maxLength={FIELD_LIMITS.standfirst}
        value={article.standfirst}
        onChange={(e) => onChange('standfirst', e.target.value.replace(/\n/g, ' '))}
      />
    </div>
  );
}
