/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker (made by vite-plugin-pwa, see vite.config.ts) precaches the whole game —
 * code, art, audio, levels, font — so it plays offline after the first visit. When a new version
 * has been downloaded and is waiting, `updateWaiting()` turns true and listeners run: the title
 * offers "Update now", which activates it and reloads. Nothing is forced in the middle of a level.
 */

import { registerSW } from 'virtual:pwa-register';

let waiting = false;
let offlineReady = false;
let apply: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

export function startServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
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
