/**
 * npm run size: builds the game, reports what it weighs, and checks the budgets. Fails (exit 1)
 * when one is exceeded. KB here is 1,000 bytes.
 *
 * - first playable: everything fetched before the title takes a click, gzipped, measured in
 *   headless Chromium from a cold cache (./first-load.ts);
 * - total: every file of the build but source maps, gzipped, both sound codecs included (a player
 *   downloads one of them);
 * - offline cache: the bytes the service worker precaches (stored uncompressed).
 *
 * Also prints each kind of file, each JavaScript chunk and when it is fetched (the parts the title
 * does not need are loaded later: camp, the level preview, the AI debug overlay), and what the
 * JavaScript is made of (Phaser by folder, each library, the game's own code), from the bundler's
 * own module list.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { startGameHarness } from '../../tests/browser/harness';
import { BUDGETS_KB } from './budgets';
import { measureFirstLoad } from './first-load';

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const gzip = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function kindOf(file: string): string {
  if (/\.js$/.test(file)) return 'JavaScript';
  if (/\.ogg$/.test(file)) return 'audio (Opus)';
  if (/\.mp3$/.test(file)) return 'audio (MP3 fallback)';
  if (/\.woff2$/.test(file)) return 'font';
  if (/\.png$/.test(file)) return 'images';
  return 'other (html, json, manifest)';
}

/** Where a bundled module comes from, for the composition report. */
function groupOf(id: string): string {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const phaser = /node_modules\/phaser\/src\/([^/]+)(?:\/([^/.]+))?/.exec(path);
  if (phaser) return `phaser/${phaser[1]}${phaser[1] === 'gameobjects' && phaser[2] ? `/${phaser[2]}` : ''}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (/\/levels\//.test(path)) return 'levels (bundled text)';
  const own = /\/src\/(core|game)(?:\/([^/.]+))?/.exec(path);
  if (own) return `src/${own[1]}${own[2] ? `/${own[2]}` : ''}`;
  return 'other';
}

function compositionCollector(into: Map<string, string[]>): Plugin {
  return {
    name: 'hyosan-size-composition',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          const group = `${groupOf(id)}${output.isEntry ? '' : ` [${output.name}]`}`;
          const list = into.get(group) ?? [];
          list.push(module.code ?? '');
          into.set(group, list);
        }
      }
    },
  };
}

async function main(): Promise<void> {
  const composition = new Map<string, string[]>();
  if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn', plugins: [compositionCollector(composition)] });

  const files = filesUnder('dist')
    .filter((f) => !f.endsWith('.map'))
    .map((path) => {
      const data = readFileSync(path);
      return { file: relative('dist', path), bytes: data.length, gzip: gzip(data) };
    });
  const kinds = new Map<string, { bytes: number; gzip: number }>();
  for (const f of files) {
    const k = kinds.get(kindOf(f.file)) ?? { bytes: 0, gzip: 0 };
    kinds.set(kindOf(f.file), { bytes: k.bytes + f.bytes, gzip: k.gzip + f.gzip });
  }
  console.log('\nBy kind (raw / gzip -9):');
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${kind.padEnd(30)} ${kb(k.bytes).padStart(10)} ${kb(k.gzip).padStart(10)}`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);

  if (composition.size > 0) {
    console.log('\nJavaScript by source (as bundled, before minifying; gzip of each group alone, so neither column adds up to the chunks):');
    const rows = [...composition].map(([group, codes]) => ({ group, bytes: codes.join('\n').length, gzip: gzip(codes.join('\n')) })).sort((a, b) => b.gzip - a.gzip);
    for (const row of rows.slice(0, 40)) console.log(`  ${row.group.padEnd(40)} ${kb(row.bytes).padStart(10)} ${kb(row.gzip).padStart(10)}`);
    const phaser = rows.filter((r) => r.group.startsWith('phaser/'));
    console.log(`  Phaser in all: ${kb(phaser.reduce((s, r) => s + r.bytes, 0))} before minifying`);
  }

  // The service worker's precache list: { url, revision } entries in sw.js.
  // (A file the plugin lists twice, such as the icons, is stored once.)
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
  const offline = precached.reduce((sum, url) => sum + statSync(join('dist', url)).size, 0);

  const harness = await startGameHarness();
  let first;
  try {
    first = await measureFirstLoad(harness.browser, harness.url);
  } finally {
    await harness.close();
  }
  console.log('\nFetched before the title takes a click (gzip -9):');
  for (const f of first.files) console.log(`  ${f.path.padEnd(50)} ${kb(f.gzip).padStart(10)}`);

  // Each JavaScript chunk and when a player gets it: the entry before the title, the rest later.
  const before = new Set(first.files.map((f) => f.path));
  const cached = new Set(precached);
  console.log('\nJavaScript chunks (raw / gzip -9), and when they are fetched:');
  for (const f of files.filter((file) => file.file.endsWith('.js') && !file.file.startsWith('workbox-') && file.file !== 'sw.js').sort((a, b) => b.bytes - a.bytes)) {
    const path = f.file.split(sep).join('/');
    const when = before.has(path) ? 'before the title' : cached.has(path) ? 'later, precached for offline play' : 'only when used, then kept';
    console.log(`  ${path.padEnd(50)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)}  ${when}`);
  }

  const checks = [
    { name: 'first playable download (gzip)', bytes: first.gzip, budget: BUDGETS_KB.firstPlayable },
    { name: 'total, every file (gzip)', bytes: total, budget: BUDGETS_KB.total },
    { name: `offline cache (${precached.length} files)`, bytes: offline, budget: BUDGETS_KB.offlineCache },
  ];
  console.log('\nBudgets:');
  let failed = false;
  for (const check of checks) {
    const over = check.bytes > check.budget * 1000;
    failed ||= over;
    console.log(`  ${over ? 'OVER' : 'ok  '} ${check.name.padEnd(36)} ${kb(check.bytes).padStart(10)}  (budget ${check.budget} KB)`);
  }
  if (failed) {
    console.error('\nA budget is exceeded.');
    process.exitCode = 1;
  }
}

await main();
