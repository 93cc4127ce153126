/**
 * Where a browser test's pictures go: `docs/screenshots/` when the run is asked for them
 * (`SCREENSHOTS=1`, pictures to look at and commit), else `test-results/screenshots/`, so that a
 * plain test run leaves the tree as it found it.
 */

import { mkdirSync } from 'node:fs';

export const DOC_SHOTS = process.env['SCREENSHOTS'] === '1' ? 'docs/screenshots' : 'test-results/screenshots';
mkdirSync(DOC_SHOTS, { recursive: true });
