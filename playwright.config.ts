import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run the built renderer in Debian's Chromium with the real backend behind a binding
 * (the browser host), or under real Electron with E2E_HOST=electron. Build first: `npm run build`.
 */
export default defineConfig({
  testDir: 'e2e/specs',
  globalSetup: './e2e/support/requireHost.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
