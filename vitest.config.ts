import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,render,formats,api,backend,hosts,cli,desk,testing,renderer,scripts,bench}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
