import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

/** The renderer's origin in the browser host. Requests to it are answered from out/renderer, never sent. */
export const BROWSER_HOST_ORIGIN = 'http://copydesk.localhost';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Serves the built renderer through Playwright's request interception: no network server is started,
 * and every other request from the page is refused, as it would be offline.
 */
export async function serveRendererFiles(context: BrowserContext, rendererDir: string): Promise<void> {
  const root = normalize(rendererDir + sep);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== BROWSER_HOST_ORIGIN) return route.abort('blockedbyclient');
    const file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(root)) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
}
