/** Which host the e2e run drives: the browser host by default, real Electron with E2E_HOST=electron. */
export const HOST = process.env.E2E_HOST === 'electron' ? 'electron' : 'browser';

export const NO_ELECTRON =
  'E2E_HOST=electron, but no Electron binary is installed (node_modules/electron/dist or ELECTRON_OVERRIDE_DIST_PATH). Install it, or unset E2E_HOST to use the browser host.';
