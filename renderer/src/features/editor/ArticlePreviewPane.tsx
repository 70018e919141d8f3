import type { Article } from '../../../../core/article/schema';
import { PreviewPane } from '../preview/PreviewPane';
import { useAssetUrl } from './useAssetUrl';
import { useUi } from '../../state/uiStore';

/** The preview of the open article, with its lead image resolved from the store. */
export function ArticlePreviewPane({ article }: { article: Article }) {
  const { url } = useAssetUrl(article.leadImage?.asset ?? null);
  const width = useUi((s) => s.previewWidth);
  return <PreviewPane article={article} imageUrl={url} width={width} onWidthChange={useUi.getState().setPreviewWidth} />;
}
