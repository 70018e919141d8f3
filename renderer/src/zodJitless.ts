import { z } from 'zod';

/**
 * zod compiles validators with new Function when it can; the CSP forbids that (no 'unsafe-eval'), so it
 * is told not to try. Imported first by main.tsx, before any module defines a schema.
 */
z.config({ jitless: true });
