import type { Article } from '../../core/article/schema';
import type { LibraryFindQuery, LibraryFindResult } from '../../core/checks/replace/libraryFind';

/** An article the library find reads from disk: the index entry's id and stamp (a changed stamp is read again). */
export interface LibraryArticleRef {
  id: string;
  updatedAt: string;
}

/** Messages to the find worker: search the library's files, or search articles the main thread loaded. */
export type FindWorkerRequest =
  | { op: 'library'; seq: number; dataDir: string; articles: LibraryArticleRef[]; query: LibraryFindQuery }
  | { op: 'articles'; seq: number; articles: Article[]; query: LibraryFindQuery }
  /** Read the library's text ahead of the first search (the dialog opens this; typing the question takes long enough). */
  | { op: 'warm'; seq: number; dataDir: string; articles: LibraryArticleRef[] };

/** From the worker: progress often (the main thread's watchdog counts on it), then the result or the failure. */
export type FindWorkerMessage =
  | { kind: 'progress'; seq: number; done: number; total: number }
  | { kind: 'result'; seq: number; result: LibraryFindResult }
  | { kind: 'failed'; seq: number; message: string };
