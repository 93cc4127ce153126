/**
 * Scenes the title screen does not need are chunks of their own: each is fetched and added to the
 * game the first time it is started, in the drawing order main.ts would have given it. (The service
 * worker precaches these chunks, so they open offline too.)
 */

import type Phaser from 'phaser';

const LAZY_SCENES = {
  camp: { load: () => import('./camp-scene').then((module) => module.CampScene), drawnBelow: 'settings' },
  remap: { load: () => import('./remap-scene').then((module) => module.RemapScene), drawnBelow: 'settings' },
} as const;

export type LazySceneKey = keyof typeof LAZY_SCENES;

/** Starts a lazily loaded scene (fetching and adding it first if needed). */
export async function startLazyScene(game: Phaser.Game, key: LazySceneKey, data?: object): Promise<void> {
  const lazy = LAZY_SCENES[key];
  if (game.scene.getScene(key) === null) {
    const scene = await lazy.load();
    if (game.scene.getScene(key) === null) {
      game.scene.add(key, scene, false);
      game.scene.moveBelow(lazy.drawnBelow, key);
    }
  }
  game.scene.start(key, data);
}
