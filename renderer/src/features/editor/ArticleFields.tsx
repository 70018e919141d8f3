import { useEffect, useMemo } from 'react';
import type { Article } from '../../../../core/article/schema';
import { FIELD_LIMITS } from '../../../../core/article/schema';
import { useLibrary } from '../../state/libraryStore';
import { CountedField } from './CountedField';
import { LeadImageField } from './LeadImageField';
import { useSettings } from '../../state/settingsStore';
import { useFieldFlag } from '../checks/useFieldFlag';
import { copyAttributes } from '../../../../core/text/direction';

export type ArticlePatch = Partial<Omit<Article, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'>>;

interface Props {
  article: Article;
  onChange(patch: ArticlePatch): void;
}

/** The fields above the body, laid out as they will read: section, headline, standfirst, lead image. */
export function ArticleFields({ article, onChange }: Props) {
  const entries = useLibrary((s) => s.entries);
  const limits = useSettings((s) => s.settings.limits);
  const sectionFlag = useFieldFlag('section');
  const focusHeadlineOf = useLibrary((s) => s.focusHeadlineOf);
  useEffect(() => {
    // A new article: typing goes to its headline, not to the button that made it.
    if (focusHeadlineOf !== article.id) return;
    document.querySelector<HTMLTextAreaElement>('textarea.field-headline')?.focus();
    useLibrary.setState({ focusHeadlineOf: null });
  }, [focusHeadlineOf, article.id]);
  // The copy fields follow the article's language (an Arabic headline reads from the right); labels do not.
  const copy = copyAttributes(article.language);
  const recentSections = useMemo(() => [...new Set(entries.map((e) => e.section.trim()).filter(Boolean))].slice(0, 12), [entries]);
  return (
    <div className="article-fields">
      <input
        data-check-field="section"
        {...copy}
        {...sectionFlag}
        className={`field-section ${sectionFlag.className}`}
        aria-label="Section"
        placeholder="SECTION"
        list="recent-sections"
        maxLength={FIELD_LIMITS.section}
        value={article.section}
        onChange={(e) => onChange({ section: e.target.value })}
      />
      <datalist id="recent-sections">
        {recentSections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <CountedField
        checkField="headline"
        copy={copy}
        label="Headline"
        className="field-headline"
        placeholder="Headline"
        value={article.headline}
        softLimit={limits.headline}
        maxLength={FIELD_LIMITS.headline}
        comments={article.review.comments}
        onChange={(headline) => onChange({ headline })}
      />
      <CountedField
        checkField="standfirst"
        copy={copy}
        label="Standfirst"
        className="field-standfirst"
        placeholder="Standfirst: the one or two sentences under the headline"
        value={article.standfirst}
        softLimit={limits.standfirst}
        maxLength={FIELD_LIMITS.standfirst}
        comments={article.review.comments}
        onChange={(standfirst) => onChange({ standfirst })}
      />
      <LeadImageField image={article.leadImage} onChange={(leadImage) => onChange({ leadImage })} />
    </div>
  );
}
