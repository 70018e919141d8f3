import { defineConfig } from '@playwright/test';

/** `npm run screenshots`: PNGs of the main views through the browser host, written to screenshots/. */
export default defineConfig({
  testDir: 'screenshots',
  testMatch: '*.shot.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
