/** Where the service worker keeps files fetched on first use (vite.config.ts routes them there; update.ts adds the first visit's). */
export const ON_FIRST_USE_CACHE = 'hyosan-on-first-use';
