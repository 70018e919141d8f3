#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx copydesk` works right after `npm ci`
// on a fresh clone, with no build step and no Electron.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
