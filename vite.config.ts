import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { phaserLean } from './tools/phaser-lean';

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
        timers.set(file, setTimeout(() => {
          timers.delete(file);
          readFile(absolute, 'utf8').then(
            (text) => server.ws.send({ type: 'custom', event: 'hyosan:level-changed', data: { file, text } }),
            () => server.ws.send({ type: 'custom', event: 'hyosan:level-changed', data: { file, text: null } }),
          );
        }, 100));
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

export default defineConfig({
  base: './',
  plugins: [levelHotReload(), phaserLean()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
});
