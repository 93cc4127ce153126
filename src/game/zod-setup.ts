/**
 * zod checks without compiling in the page: compiling a checker calls `new Function`, which the
 * page's Content-Security-Policy refuses (zod catches that and falls back, but the refusal is a
 * policy violation on every start). zod decides when a schema is made, and the core makes its
 * schemas as it is imported, so main.ts imports this module first of all. The `z.config` calls
 * beside the schemas keep Node (tests, tools) checking the same way, but none of them was left in
 * the built game (the core is declared free of side effects in vite.config.ts): this is the call
 * the page runs.
 */

import { z } from 'zod';

// The result is read so that no bundler takes the call for one without effect.
if (z.config({ jitless: true }).jitless !== true) throw new Error('zod would compile its checkers, which the CSP refuses');
