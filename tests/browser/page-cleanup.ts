/**
 * Set up before each browser test file: a page a test opened and left open (by forgetting, or
 * by failing before its `close()`) is closed when the test ends, so it does not keep playing the
 * game beside the next test. Pages opened in `beforeAll`, for several tests, stay.
 */

import { afterEach, beforeEach } from 'vitest';
import { pagesOpen, type GamePage } from './harness';

let before: ReadonlySet<GamePage> = new Set();

beforeEach(() => {
  before = pagesOpen();
});

afterEach(async () => {
  for (const game of pagesOpen()) if (!before.has(game)) await game.close();
});
