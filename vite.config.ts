import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { phaserLean } from './tools/phaser-lean';
import { fontSubset } from './tools/font/plugin';
import { compactLevels } from './tools/compact-levels';
import { ON_FIRST_USE_CACHE } from './src/game/pwa/cache-names';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Level hot reload for designers: when a levels/**.json file is saved, added or deleted, send its
 * text to the page as the custom HMR event `hyosan:level-changed` (read by src/game/level-library.ts)
 * instead of Vite's default, which would reload the whole page.
 */
function levelHotReload(): Plugin {
  let root = process.cwd();
  const levelFile = (absolute: string): string | undefined => {
    const file = relative(root, absolute).split(sep).join('/');
    return /^levels\/(?!schema\/)(?:[\w-]+\/)*[\w.-]+\.json$/.test(file) ? file : undefined;
  };
  return {
    name: 'hyosan-level-hot-reload',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.watcher.add(resolve(root, 'levels'));
      // Editors may write a file in several steps: send once the writes have settled.
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      const changed = (absolute: string): void => {
        const file = levelFile(absolute);
        if (file === undefined) return;
        clearTimeout(timers.get(file));
        timers.set(
          file,
          setTimeout(() => {
            timers.delete(file);
            readFile(absolute, 'utf8').then(
              (text) => server.ws.send({ type: 'custom', event: 'hyosan:level-changed', data: { file, text } }),
              () => server.ws.send({ type: 'custom', event: 'hyosan:level-changed', data: { file, text: null } }),
            );
          }, 100),
        );
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
    // The level texts are also imported (?raw) by level-library.ts; the event above replaces the
    // module update, which would otherwise reload the page and lose the game's state.
    handleHotUpdate({ file }) {
      if (levelFile(file) !== undefined) return [];
      return undefined;
    },
  };
}

/**
 * Installable and offline: a web app manifest, and a service worker that precaches what play needs
 * (code with the levels inside, art, the Opus sounds, the font, icons) and keeps the rest on first
 * use: the MP3 sounds (only browsers without Opus fetch them), the designers' preview and the AI
 * debug overlay. The game
 * registers it itself once the title is up (src/game/pwa/update.ts) and asks the player before
 * switching to a new version.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icons/*.png'],
    manifest: {
      name: 'Hyosan High: Lockdown',
      short_name: 'Hyosan High',
      description: 'A top-down zombie-survival game: sneak, fight and scavenge your way out of Hyosan High.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'fullscreen',
      orientation: 'any',
      background_color: '#07090f',
      theme_color: '#07090f',
      categories: ['games'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,json,ogg,woff2,svg,webmanifest}'],
      // The designers' preview and the AI debug overlay are kept on first use: players never fetch them.
      globIgnores: ['**/edit-mode-*.js', '**/debug-overlay-*.js'],
      // Generous: a file over the limit would silently not be precached.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once, so what it fetches next is kept. A new
      // version still waits for the player (registerType 'prompt').
      clientsClaim: true,
      runtimeCaching: [
        {
          // Everything else the build has (names carry a content hash, so the cached copy is right).
          urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.includes('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: ON_FIRST_USE_CACHE, cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}

/**
 * The dev server talks to the page over a WebSocket (hot reload) and draws its error overlay with
 * inline styles, so only there the policy also allows `ws:` and inline styles; the built game's
 * policy (index.html) has neither: the page's style is a stylesheet (src/page.css), and the game and
 * Phaser set styles through an element's style object, which the policy does not govern (Phaser's
 * one style attribute, GetInnerHeight's iOS ruler, is made only when the game's parent is the body).
 */
function devSocketPolicy(): Plugin {
  return {
    name: 'hyosan-dev-socket-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("connect-src 'self'", "connect-src 'self' ws:").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/**
 * Modules of the lazily loaded chunks, each behind a dynamic import (see the size report): camp,
 * the AI debug overlay, the level preview (src/game/edit and the core's preview rules it alone
 * uses: src/core/sim/preview/), and workbox-window (the service worker is
 * registered once the title is up).
 */
const LAZY_MODULES = /camp-scene|debug-overlay|[\\/]edit[\\/]|[\\/]core[\\/]sim[\\/]preview[\\/]|[\\/]workbox-window[\\/]/;

export default defineConfig({
  base: './',
  plugins: [levelHotReload(), devSocketPolicy(), phaserLean(), compactLevels(), fontSubset(), ...offline()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Maps are written next to the code but not named in it, so browsers never fetch them; they
    // turn a reported stack trace back into source lines (README, "Download size").
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
    // One chunk for everything the page needs, and one for each part loaded later (the level
    // preview, the AI debug overlay, camp): without the group the bundler splits what those parts
    // share with the page into several more files the first visit fetches.
    rolldownOptions: {
      preserveEntrySignatures: false,
      // The core runs nothing when imported (no module-level effects: it is pure), so a name
      // re-exported by its one door (src/core/index.ts) but used only by the tools is left out.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
      output: { codeSplitting: { groups: [{ name: 'game', test: (id: string) => !LAZY_MODULES.test(id) }] } },
    },
  },
});
