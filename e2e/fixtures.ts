import { test as base, expect, type Page } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/schema';
import { makeTempDataDir } from '../testing/tempDataDir';
import { findElectron } from '../hosts/browser/findBinaries';
import { launchBrowserHost, type HostSession } from '../hosts/browser/browserHost';
import { launchElectronHost, PROJECT_ROOT } from './support/electronHost';
import { copySeededLibrary } from '../testing/seededLibrary';

import { HOST, NO_ELECTRON } from './support/host';

export { HOST };

export interface CopydeskApp {
  page: Page;
  dataDir: string;
  /** Closes the app cleanly and starts it again on the same data dir. */
  restart(): Promise<Page>;
  readArticleFile(id: string): Promise<Article>;
  articleFiles(): Promise<string[]>;
  answerOpenDialog(paths: string[]): Promise<void>;
  answerFolderDialog(folder: string): Promise<void>;
  setClipboardText(text: string): Promise<void>;
  setClipboardHtml(html: string): Promise<void>;
}

function launch(dataDir: string): Promise<HostSession> {
  return HOST === 'electron' ? launchElectronHost({ dataDir }) : launchBrowserHost({ dataDir });
}

/** Every test gets a fresh data dir on the real filesystem and a fresh app on top of it. */
export const test = base.extend<{ app: CopydeskApp; seedArticles: number }>({
  /** Set with test.use({ seedArticles: 2000 }) to start on a generated library of that size. */
  seedArticles: [0, { option: true }],
  app: async ({ seedArticles }, use, testInfo) => {
    // A run asked for Electron must fail without it: skipping every spec would report a green, empty run.
    if (HOST === 'electron' && !findElectron(PROJECT_ROOT)) throw new Error(NO_ELECTRON);
    const { dir, cleanup } = await makeTempDataDir('copydesk-e2e-');
    if (seedArticles > 0) {
      const seeded = await copySeededLibrary(seedArticles, dir);
      testInfo.annotations.push({ type: 'knownId', description: seeded.knownId });
    }
    let session = await launch(dir);
    const app: CopydeskApp = {
      get page() {
        return session.page;
      },
      dataDir: dir,
      async restart() {
        await session.close();
        session = await launch(dir);
        return session.page;
      },
      readArticleFile: async (id) => JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as Article,
      answerOpenDialog: (paths) => session.answerOpenDialog(paths),
      answerFolderDialog: (folder) => session.answerFolderDialog(folder),
      setClipboardText: (text) => session.setClipboardText(text),
      setClipboardHtml: (html) => session.setClipboardHtml(html),
      articleFiles: async () => (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json')),
    };
    await use(app);
    await session.close();
    await cleanup();
  },
});

export { expect };
