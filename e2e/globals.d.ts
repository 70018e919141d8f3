import type { CopydeskApi } from '../electron/ipc/contract';

/** Code passed to page.evaluate runs in the renderer, where the preload or the host put this. */
declare global {
  interface Window {
    copydesk: CopydeskApi;
  }
}
