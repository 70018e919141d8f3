import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SCHEMA_VERSION } from '../../core/article/schemaVersion';
import type { BodyNode } from '../../core/article/bodySchema';
import type { IndexEntry } from '../../core/library/indexEntry';
import { dataDirLayout, type DataDirLayout } from '../store/dataDirLayout';

/** From readNow: this file needs the careful (asynchronous) reading; call read() for it. */
export const READ_LATER = Symbol('read later');

/** The parts of an article that search reads. */
export interface SearchableArticle {
  id: string;
  updatedAt: string;
  headline: string;
  standfirst: string;
  section: string;
  byline: string;
  dateline: string;
  tags: string[];
  body: BodyNode;
}

/** What the search index needs of the library. */
export interface ArticleSource {
  list(which: 'live'): ReadonlyArray<Pick<IndexEntry, 'id' | 'updatedAt'>>;
  /** The article as it is on disk, or null when it is gone or unreadable. */
  read(id: string): Promise<SearchableArticle | null>;
  /**
   * The same, read synchronously. The search worker offers it: it has no event loop to keep free
   * beyond its own, and four asynchronous hops per file (open, stat, read, close) cost a build more
   * than the reading itself.
   */
  readNow?(id: string): SearchableArticle | null | typeof READ_LATER;
}

/**
 * Reads live article files directly rather than through ArticleStore.get, which runs in the store's
 * write queue: a 10,000-article build would otherwise serialise its reads and hold every save up
 * behind them. Reading beside the writer is safe because every write is an atomic rename. Nothing is
 * written back: an older file is upgraded in memory only, and an unreadable one is left for the
 * store to quarantine when it is opened.
 */
export function storeArticleSource(store: { list(which: 'live'): IndexEntry[]; readonly layout: DataDirLayout }): ArticleSource {
  return {
    list: (which) => store.list(which),
    async read(id) {
      let text: string;
      try {
        text = await readFile(store.layout.articleFile(id), 'utf8');
      } catch {
        return null;
      }
      return searchableArticle(text, id);
    },
  };
}

/**
 * The search worker's source: the live list it was given at open, and the article files read from
 * the data dir, synchronously where that is faster (see readNow).
 */
export function fileArticleSource(dataDir: string, live: ReadonlyArray<Pick<IndexEntry, 'id' | 'updatedAt'>>): Required<ArticleSource> {
  const layout = dataDirLayout(dataDir);
  return {
    list: () => live,
    async read(id) {
      const text = await readFile(layout.articleFile(id), 'utf8').catch(() => null);
      return text === null ? null : searchableArticle(text, id);
    },
    readNow(id) {
      let text: string;
      try {
        text = readFileSync(layout.articleFile(id), 'utf8');
      } catch {
        return null;
      }
      const quick = quickArticle(text, id);
      if (quick !== CAREFUL) return quick;
      return careful ? carefulArticle(careful, text, id) : READ_LATER;
    },
  };
}

const STRING_FIELDS = ['updatedAt', 'headline', 'standfirst', 'section', 'byline', 'dateline'] as const;

const CAREFUL = Symbol('careful');
type Careful = typeof import('../../core/history/articleJson');
let careful: Careful | null = null;

/**
 * The store's careful reading (migrations, the zod schema) is loaded on first need: it is most of
 * the search worker's code, and a later start should not wait for zod to build its schemas.
 */
const loadCareful = async (): Promise<Careful> => (careful ??= await import('../../core/history/articleJson'));

function carefulArticle(module: Careful, text: string, id: string): SearchableArticle | null {
  const result = module.interpretArticleText(text);
  return result.kind === 'unreadable' || result.article === null || result.article.id !== id ? null : result.article;
}

/**
 * A current-version file is read loosely: full schema validation costs a fifth of a 10,000-article
 * build, and search only needs strings and a body to walk. Anything unusual (an older or newer schema,
 * a wrong shape) takes the store's own careful reading instead.
 */
export async function searchableArticle(text: string, id: string): Promise<SearchableArticle | null> {
  const quick = quickArticle(text, id);
  return quick === CAREFUL ? carefulArticle(await loadCareful(), text, id) : quick;
}

function quickArticle(text: string, id: string): SearchableArticle | null | typeof CAREFUL {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  const plain = typeof json === 'object' && json !== null && json.schemaVersion === SCHEMA_VERSION && json.id === id;
  if (
    plain &&
    STRING_FIELDS.every((f) => typeof json[f] === 'string') &&
    Array.isArray(json.tags) &&
    json.tags.every((t) => typeof t === 'string') &&
    typeof json.body === 'object' &&
    json.body !== null
  ) {
    return json as unknown as SearchableArticle;
  }
  return CAREFUL;
}
