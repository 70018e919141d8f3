import { chromium, test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/schema';
import { makeTempDataDir } from '../testing/tempDataDir';
import { CHROMIUM_ARGS, findChromium, findElectron } from '../hosts/browser/findBinaries';
import { launchBrowserHost, type HostSession } from '../hosts/browser/browserHost';
import { launchElectronHost, PROJECT_ROOT } from './support/electronHost';
import { copySeededLibrary } from '../testing/seededLibrary';
import { watchLaunch } from '../testing/launchWatch';

import { HOST, NO_ELECTRON } from './support/host';

export { HOST };

export interface CopydeskApp {
  page: Page;
  dataDir: string;
  /** Closes the app cleanly and starts it again on the same data dir. */
  restart(): Promise<Page>;
  readArticleFile(id: string): Promise<Article>;
  articleFiles(): Promise<string[]>;
  /** Electron only (its native dialogs cannot be driven): the next dialog answers with these paths. */
  answerNativeDialog(paths: string[]): Promise<void>;
  /** Folders the app asked the file manager to open (browser host). */
  openedFolders(): string[];
  /** A separate browser in which a spec opens exported pages as a reader would; null under Electron. */
  readerContext(): Promise<BrowserContext | null>;
  setClipboardText(text: string): Promise<void>;
  setClipboardHtml(html: string): Promise<void>;
}

/** A launch that stalls says where on stderr (testing/launchWatch.ts): a fixture's timeout alone does not. */
async function launch(dataDir: string, label: string): Promise<HostSession> {
  const watch = watchLaunch(label);
  try {
    return await (HOST === 'electron' ? launchElectronHost({ dataDir }) : launchBrowserHost({ dataDir, onStep: watch.step }));
  } finally {
    watch.done();
  }
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
    let session = await launch(dir, testInfo.titlePath.join(' › '));
    let reader = null as Browser | null;
    const app: CopydeskApp = {
      get page() {
        return session.page;
      },
      dataDir: dir,
      async restart() {
        await session.close();
        session = await launch(dir, `${testInfo.titlePath.join(' › ')} (restart)`);
        return session.page;
      },
      readArticleFile: async (id) => JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as Article,
      answerNativeDialog: async (paths) => {
        if (!session.answerOpenDialog)
          throw new Error('Only Electron has native dialogs; use the in-app file dialog (e2e/specs/fileDialog.ts).');
        await session.answerOpenDialog(paths);
      },
      openedFolders: () => session.openedFolders ?? [],
      async readerContext() {
        if (HOST === 'electron') return null;
        reader ??= await chromium.launch({ executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS });
        return reader.newContext();
      },
      setClipboardText: (text) => session.setClipboardText(text),
      setClipboardHtml: (html) => session.setClipboardHtml(html),
      articleFiles: async () => (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json')),
    };
    await use(app);
    await reader?.close();
    await session.close();
    await cleanup();
  },
});

export { expect };
