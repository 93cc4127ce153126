/**
 * Asking for the AI debug overlay (debug-overlay.ts): `?debug=ai` in any build, F3 in dev builds.
 * The overlay is a chunk of its own that players never download; the service worker keeps it once
 * fetched instead of precaching it.
 */

import type Phaser from 'phaser';
import type { PlaySession } from '../play-session';
import type { DebugOverlay } from './debug-overlay';

export type { DebugOverlay };

export function isDebugRequested(search: string): boolean {
  return new URLSearchParams(search).get('debug') === 'ai';
}

/** Fetches the overlay's chunk. */
export async function loadDebugOverlay(): Promise<new (scene: Phaser.Scene, play: PlaySession, visible: boolean) => DebugOverlay> {
  return (await import('./debug-overlay')).DebugOverlay;
}
