import { findElectron } from '../../hosts/browser/findBinaries';
import { HOST, NO_ELECTRON } from './host';
import { PROJECT_ROOT } from './electronHost';

/**
 * Playwright's global setup: with E2E_HOST=electron and no Electron binary, stop the whole run at once
 * with a non-zero exit, rather than let each spec fail (or, as it once did, skip) on its own.
 */
export default function requireHost(): void {
  if (HOST === 'electron' && !findElectron(PROJECT_ROOT)) throw new Error(NO_ELECTRON);
}
