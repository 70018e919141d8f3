import type { CopydeskApi } from '../api/contract';

/** Code passed to page.evaluate runs in the renderer, where the preload or the host put this. */
declare global {
  interface Window {
    copydesk: CopydeskApi;
  }
}
