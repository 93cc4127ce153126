/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker (made by vite-plugin-pwa, see vite.config.ts) precaches what play needs —
 * code, art, the Opus sounds, levels, font — and keeps the rest (MP3 sounds for browsers without
 * Opus, the designers' preview) on first use, so the game plays offline after the first visit.
 * It is registered once the title is up and the sounds have arrived, so its downloads never slow
 * the way to the title. When a new version
 * has been downloaded and is waiting, `updateWaiting()` turns true and listeners run: the title
 * offers "Update now", which activates it and reloads. Nothing is forced in the middle of a level.
 *
 * Page-wide state: the service worker and its update offer are the page's; there is one
 * registration per page.
 */

import { registerSW } from 'virtual:pwa-register';
import { ON_FIRST_USE_CACHE } from './cache-names';

let started = false;
let waiting = false;
let offlineReady = false;
let apply: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

export function startServiceWorker(): void {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  void navigator.serviceWorker.ready.then(keepWhatWasFetched, () => undefined);
  apply = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of [...listeners]) listener();
    },
    onOfflineReady() {
      offlineReady = true;
    },
    onRegisterError(error: unknown) {
      console.warn(`Offline play is not available: the service worker did not register (${String(error)})`);
    },
  });
}

/**
 * Files this page fetched before the service worker took over (the first visit's sounds, say) went
 * past it: put the build's own files among them into the first-use cache now. The precached ones
 * are skipped (the worker has them); the rest come from the browser's HTTP cache.
 */
async function keepWhatWasFetched(): Promise<void> {
  const base = new URL('./assets/', document.baseURI).href;
  const precached = new Set<string>();
  for (const name of await caches.keys()) {
    if (name === ON_FIRST_USE_CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) precached.add(new URL(request.url).pathname);
  }
  const fetched = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(base) && !precached.has(new URL(url).pathname));
  if (fetched.length === 0) return;
  const cache = await caches.open(ON_FIRST_USE_CACHE);
  await Promise.all(
    [...new Set(fetched)].map(async (url) => {
      if ((await cache.match(url)) === undefined) await cache.add(url).catch(() => undefined);
    }),
  );
}

/** True when a new version is downloaded and waits for the player's go-ahead. */
export function updateWaiting(): boolean {
  return waiting;
}

/** True once the game is cached for offline play. */
export function readyOffline(): boolean {
  return offlineReady;
}

/** Activates the waiting version and reloads the page. */
export function applyUpdate(): void {
  void apply?.(true);
}

export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
