import type { Article } from '../../core/article/schema';
import type { LibraryFinder } from '../find/libraryFinder';
import { replaceInLibrary } from '../find/libraryReplace';
import type { ArticleStore } from '../store/articleStore';
import type { Handlers } from './router';

type FindChannel = 'prepareLibraryFind' | 'findInLibrary' | 'libraryFindProgress' | 'cancelLibraryFind' | 'replaceInLibrary';

/** Find and replace across the library: the router has validated each input against api/find.ts. */
export function createFindHandlers(
  store: ArticleStore,
  finder: LibraryFinder,
  indexed: (article: Article) => void,
): Pick<Handlers, FindChannel> {
  return {
    // The dialog opened: read the library's text while the journalist types the question.
    prepareLibraryFind: () => {
      finder.warm();
      return null;
    },
    findInLibrary: (query) => finder.findInLibrary(query),
    libraryFindProgress: () => finder.progress(),
    cancelLibraryFind: () => finder.cancel(),
    // One call applies everything chosen; each changed article is sent to the search index as it is saved.
    replaceInLibrary: ({ query, articles }) => replaceInLibrary({ store, finder, indexed }, query, articles),
  };
}
