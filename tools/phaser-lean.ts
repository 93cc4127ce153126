/**
 * A leaner Phaser for the production build: Phaser's own source without physics (the game moves
 * bodies in its core, not with Arcade or Matter) and without Phaser's sound (howler plays every
 * sound), nor the game objects it never creates, with Phaser's build flags set the way its own
 * webpack build sets them. The dev server
 * keeps the full prebuilt Phaser, and so does a build with PHASER_FULL=1 (to compare).
 */

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/].*\.js$/;
const FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * Game objects the game never creates, left out of Phaser's game-object index (nothing else in
 * Phaser requires them; their factories would register `add.video` and the like).
 */
const UNUSED_GAME_OBJECTS = /^\s*\w+: require\('\.\/(video|rope|domelement|blitter|stamp|pathfollower|shape\/isobox|shape\/isotriangle|shape\/star)\/\w+'\),?\s*$/;
const GAME_OBJECT_INDEX = /[\\/]node_modules[\\/]phaser[\\/]src[\\/]gameobjects[\\/]index\.js$/;

export function phaserLean(): Plugin {
  const entry = fileURLToPath(new URL('../node_modules/phaser/src/phaser-no-physics.js', import.meta.url));
  return {
    name: 'hyosan-phaser-lean',
    apply: (_config, env) => env.command === 'build' && process.env['PHASER_FULL'] !== '1',
    enforce: 'pre',
    resolveId(source) {
      return source === 'phaser' ? entry : null;
    },
    transform(code, id) {
      if (!PHASER_SOURCE.test(id)) return null;
      // The entry publishes Phaser on webpack's `global`; in a browser bundle that is globalThis.
      if (id === entry) code = code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;');
      if (GAME_OBJECT_INDEX.test(id)) code = code.split('\n').filter((line) => !UNUSED_GAME_OBJECTS.test(line)).join('\n');
      if (!code.includes('typeof ')) return code;
      return code.replace(/typeof (WEBGL_RENDERER|CANVAS_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT)\b/g, (_, flag: string) => String(FLAGS[flag]));
    },
  };
}
