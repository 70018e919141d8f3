import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../store/articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { storeArticleSource } from './articleSource';
import { SearchIndex } from './searchIndex';
import { searchDebugOn, searchLog } from './searchLog';
import type { SearchLogLevel } from './searchProtocol';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('searchLog', () => {
  it('prints warnings always and progress only with COPYDESK_DEBUG=search', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((line: string) => void printed.push(line));
    vi.stubEnv('COPYDESK_DEBUG', '');
    searchLog('Search index built: 3 indexed in 1 ms.', 'info');
    searchLog('search-index.bin is corrupt; rebuilding it from the articles.');
    expect(printed).toEqual(['[search] search-index.bin is corrupt; rebuilding it from the articles.']);
    vi.stubEnv('COPYDESK_DEBUG', 'store,search');
    searchLog('Search index built: 3 indexed in 1 ms.', 'info');
    expect(printed).toHaveLength(2);
    expect(searchDebugOn({ COPYDESK_DEBUG: '*' })).toBe(true);
    expect(searchDebugOn({})).toBe(false);
  });

  it('reports building the index as progress, not as a warning', async () => {
    const { dir, cleanup } = await makeTempDataDir('copydesk-search-log-');
    const store = await ArticleStore.open(dir);
    try {
      await store.create({ headline: 'Ferry strike' });
      const logs: Array<[string, SearchLogLevel | undefined]> = [];
      const search = SearchIndex.open({
        dataDir: dir,
        source: storeArticleSource(store),
        persistDelayMs: 20,
        log: (m, level) => logs.push([m, level]),
      });
      await search.search('ferry', { limit: 10 });
      await search.close();
      expect(logs).toEqual([[expect.stringMatching(/^Search index building over 1 articles: 1 indexed in \d+ ms\.$/), 'info']]);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
