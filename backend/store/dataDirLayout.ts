import { join } from 'node:path';

/** Where everything lives in a data dir; see DESIGN.md "Store". */
export function dataDirLayout(dataDir: string) {
  return {
    root: dataDir,
    indexFile: join(dataDir, 'library.json'),
    /** Present while a store is open; found at the next open, it means the last session did not close cleanly. */
    openMarker: join(dataDir, 'library.open'),
    articles: join(dataDir, 'articles'),
    trash: join(dataDir, 'trash'),
    quarantine: join(dataDir, 'quarantine'),
    revisions: join(dataDir, 'revisions'),
    assets: join(dataDir, 'assets'),
    articleFile: (id: string) => join(dataDir, 'articles', `${id}.json`),
    trashFile: (id: string) => join(dataDir, 'trash', `${id}.json`),
  };
}
export type DataDirLayout = ReturnType<typeof dataDirLayout>;
