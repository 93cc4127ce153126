/**
 * A leaner Phaser for the production build: Phaser's own source without physics (the game moves
 * bodies in its core, not with Arcade or Matter) and without Phaser's sound (howler plays every
 * sound), nor the game objects it never creates, with Phaser's build flags set the way its own
 * webpack build sets them. The dev server keeps the full prebuilt Phaser, and so does a build with
 * PHASER_FULL=1 (to compare).
 *
 * Every edit is made with magic-string and handed to the bundler with its source map, so the
 * build's maps lead from the shipped code back to the lines of Phaser's own files
 * (tests/tools/phaser-lean-map.test.ts checks one).
 */

import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
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
const FLAG_TEST = /typeof (WEBGL_RENDERER|CANVAS_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT)\b/g;

/**
 * Parts of Phaser the game never uses, by path under phaser/src (a folder leaves out everything in
 * it). A `require` of one of them, from anywhere in Phaser, gets a stand-in that throws a clear
 * error if it is ever called or constructed, so a later use shows up at once instead of as a
 * silent gap. Each was checked against what the game calls (`this.add.*`, `this.load.*`, the
 * renderer it asks for): game objects it never creates, the loaders of file types it never loads,
 * texture formats it never reads, WebGL render nodes and shaders of filters and GPU layers, and
 * Phaser namespaces (Actions, Curves, Shaders) that only the game's own code would reach.
 */
export const LEFT_OUT: readonly string[] = [
  // Game objects (their factories would register `add.video` and the like).
  'gameobjects/video',
  'gameobjects/rope',
  'gameobjects/domelement',
  'gameobjects/blitter',
  'gameobjects/stamp',
  'gameobjects/pathfollower',
  'gameobjects/spritegpulayer',
  'gameobjects/noise',
  'gameobjects/nineslice',
  'gameobjects/bitmaptext',
  'gameobjects/mesh2d',
  'gameobjects/shader',
  'gameobjects/gradient',
  'gameobjects/stencil',
  'gameobjects/rendertexture',
  'gameobjects/layer',
  'gameobjects/captureframe',
  'gameobjects/group',
  'gameobjects/shape/isobox',
  'gameobjects/shape/isotriangle',
  'gameobjects/shape/star',
  'gameobjects/shape/grid',
  'gameobjects/shape/line',
  'gameobjects/shape/polygon',
  'gameobjects/shape/triangle',
  'gameobjects/shape/curve',
  // WebGL: filters, GPU layers, shader quads and tile sprites are never drawn; the shader index is
  // only a namespace (each render node the game uses requires its own shaders).
  'renderer/webgl/shaders/index',
  'renderer/webgl/renderNodes/filters',
  'renderer/webgl/renderNodes/submitter/SubmitterSpriteGPULayer',
  'renderer/webgl/renderNodes/submitter/SubmitterTilemapGPULayer',
  'renderer/webgl/renderNodes/ShaderQuad',
  // Loaders: the game loads images, one JSON atlas and one font.
  ...[
    'AnimationJSON',
    'Aseprite',
    'AtlasXML',
    'Audio',
    'AudioSprite',
    'Binary',
    'BitmapFont',
    'CompressedTexture',
    'CSS',
    'GLSL',
    'HTML5Audio',
    'HTML',
    'HTMLTexture',
    'MultiAtlas',
    'MultiScript',
    'Pack',
    'PCTAtlas',
    'Plugin',
    'Scene',
    'ScenePlugin',
    'Script',
    'SpriteSheet',
    'SVG',
    'Text',
    'TilemapCSV',
    'TilemapImpact',
    'TilemapJSON',
    'UnityAtlas',
    'Video',
    'XML',
  ].map((type) => `loader/filetypes/${type}File`),
  'textures/parsers/PCTDecode',
  'textures/parsers/PVRParser',
  'textures/parsers/KTXParser',
  'textures/parsers/VerifyCompressedTexture',
  'textures/parsers/UnityYAML',
  'textures/parsers/AtlasXML',
  // Namespaces and helpers nothing the game runs reaches.
  'curves/index',
  'actions/index',
  'cameras/controls',
  'time/Timeline',
  'math/HashSimplex',
  'structs/RTree',
];

const LEFT_OUT_ID = '\0hyosan-phaser-left-out:';
const PHASER_ROOT = fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url));

/** The LEFT_OUT name a Phaser `require` resolves to, if it is left out. */
export function leftOutName(source: string, importer: string): string | undefined {
  if (!source.startsWith('.')) return undefined;
  return leftOutPart(
    relative(PHASER_ROOT, resolve(dirname(importer), source))
      .split(sep)
      .join('/'),
  );
}

/** The LEFT_OUT name of a file under phaser/src (a path like `gameobjects/video/Video.js`), if it is left out. */
export function leftOutPart(path: string): string | undefined {
  const name = path.replace(/\.js$/, '');
  return [name, `${name}/index`].find((candidate) => LEFT_OUT.some((out) => candidate === out || candidate.startsWith(`${out}/`)));
}

/** The stand-in module for a left-out part. */
export function leftOutModule(name: string): string {
  const message = JSON.stringify(`Phaser's ${name} is left out of this build (tools/phaser-lean.ts): add it back there to use it`);
  return `module.exports = function leftOut() { throw new Error(${message}); };\n`;
}

/** The edits for one Phaser file, or undefined when it is used as it is. */
export function leanPhaserSource(code: string, id: string, entry: string): MagicString | undefined {
  const s = new MagicString(code);
  const replace = (pattern: RegExp, by: (match: RegExpExecArray) => string): void => {
    for (const match of code.matchAll(pattern)) s.overwrite(match.index, match.index + match[0].length, by(match));
  };
  // The entry publishes Phaser on webpack's `global`; in a browser bundle that is globalThis.
  if (id === entry) replace(/global\.Phaser = Phaser;/g, () => 'globalThis.Phaser = Phaser;');
  if (code.includes('typeof ')) replace(FLAG_TEST, (match) => String(FLAGS[match[1]!]));
  return s.hasChanged() ? s : undefined;
}

export function phaserLean(): Plugin {
  const entry = fileURLToPath(new URL('../node_modules/phaser/src/phaser-no-physics.js', import.meta.url));
  return {
    name: 'hyosan-phaser-lean',
    apply: (_config, env) => env.command === 'build' && process.env['PHASER_FULL'] !== '1',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'phaser') return entry;
      if (importer === undefined || !PHASER_SOURCE.test(importer)) return null;
      const name = leftOutName(source, importer);
      return name === undefined ? null : `${LEFT_OUT_ID}${name}`;
    },
    load(id) {
      return id.startsWith(LEFT_OUT_ID) ? leftOutModule(id.slice(LEFT_OUT_ID.length)) : null;
    },
    transform(code, id) {
      if (!PHASER_SOURCE.test(id)) return null;
      const edited = leanPhaserSource(code, id, entry);
      if (edited === undefined) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}
