import type { ArticleStore } from '../store/articleStore';
import type { AppInfo } from './contract';
import type { Handlers } from './router';

/** The channel handlers: thin calls into the store; validation happened in the router. */
export function createHandlers(store: ArticleStore, appInfo: AppInfo): Handlers {
  return {
    listArticles: ({ which }) => store.list(which),
    getArticle: ({ id }) => store.get(id),
    createArticle: ({ fields }) => store.create(fields),
    saveArticle: ({ article }) => store.save(article),
    setArticleStatus: async ({ id, status }) => store.save({ ...(await store.get(id)), status }),
    trashArticle: ({ id }) => store.trash(id),
    restoreArticle: ({ id }) => store.restore(id),
    deleteArticleForever: async ({ id }) => {
      await store.deleteForever(id);
      return null;
    },
    listQuarantine: async () => (await store.quarantined()).map(({ file, reason, quarantinedAt }) => ({ file, reason, quarantinedAt })),
    getAppInfo: () => appInfo,
  };
}
