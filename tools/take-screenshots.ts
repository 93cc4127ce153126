/**
 * Screenshots of the look of the game for the README (docs/screenshots/look-*.png), taken from the
 * built game (`npx vite build` first) in headless Chromium at 1280x720 and at 390x844 (a phone,
 * with touch):
 *
 *   npx tsx tools/take-screenshots.ts [outDir]      (default docs/screenshots)
 *
 * Each shot is a scene set up through the testing hook on the look showcase floor
 * (tools/look-showcase.ts): a lit classroom by day, a dark corridor with a phone light at night,
 * a horde in the gym, and the HUD on the first level. Night comes from the level's `startHour` and
 * the phone light from the core (the student picks up a phone and switches its light on), so the
 * HUD clock and the light map agree with the picture.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGameHarness, type GamePage } from '../tests/browser/harness';
import { showcaseLevelText, type ShowcaseOptions } from './look-showcase';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');

interface Shot {
  name: string;
  query?: string;
  setUp(game: GamePage): Promise<void>;
}

async function startLevel(game: GamePage, levelId: string, seed: number): Promise<void> {
  await game.page.evaluate(([id, s]) => window.hyosan.startLevel(id as string, { seed: s as number }), [levelId, seed]);
}

async function startShowcase(game: GamePage, options: ShowcaseOptions): Promise<void> {
  const text = showcaseLevelText(options);
  const result = await game.page.evaluate((t) => window.hyosan.loadLevelText('levels/look-showcase.json', t, { seed: 5 }), text);
  if (!result.ok) throw new Error(`showcase level refused:\n${result.errors.join('\n')}`);
}

async function waitTicks(game: GamePage, ticks: number): Promise<void> {
  const start = await game.page.evaluate(() => window.hyosan.snapshot().tick);
  await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t, start + ticks, { timeout: 120_000 });
}

async function walk(game: GamePage, dx: number, dy: number, ticks: number): Promise<void> {
  for (let i = 0; i < ticks; i++) {
    await game.page.evaluate(([x, y]) => window.hyosan.send({ type: 'move', dx: x, dy: y }), [dx, dy]);
    await waitTicks(game, 1);
  }
}

/** The controlled student picks up the phone at their feet and switches its light on. */
async function phoneLightOn(game: GamePage): Promise<void> {
  await game.page.evaluate(() => window.hyosan.send({ type: 'interact' }));
  await waitTicks(game, 2);
  await game.page.evaluate(() => window.hyosan.send({ type: 'toggleLight' }));
  await game.page.waitForFunction(() => window.hyosan.snapshot().students[0]!.lightOn, undefined, { timeout: 60_000 });
}

const horde: Array<[number, number]> = [];
for (let y = 18; y <= 22; y++) for (let x = 9; x <= 16; x++) if (((x + y) % 2 === 0 || x > 12) && !(x >= 9 && x <= 11 && y >= 20 && y <= 21)) horde.push([x, y]);

const SHOTS: Shot[] = [
  {
    // By day: window light pours into the classroom; the corridor beyond the door stays dim.
    name: 'look-classroom',
    async setUp(game) {
      await startShowcase(game, {
        students: [
          [6, 7],
          [9, 5],
          [11, 9],
        ],
        zombies: [
          [20, 13],
          [24, 14],
        ],
      });
      await walk(game, 0, 1, 3);
      await waitTicks(game, 6);
    },
  },
  {
    // At night in the corridor: only the phone's cone and the students' own glow.
    name: 'look-corridor',
    async setUp(game) {
      await startShowcase(game, {
        students: [
          [11, 13],
          [9, 13],
        ],
        zombies: [
          [18, 13],
          [21, 14],
          [24, 13],
        ],
        startHour: 23,
        phones: [[11, 13]],
      });
      await phoneLightOn(game);
      await walk(game, 1, 0, 4);
      await waitTicks(game, 4);
    },
  },
  {
    // A horde in the gym closes on a student by the door, lit by the fire next door and a phone.
    name: 'look-horde',
    async setUp(game) {
      await startShowcase(game, {
        students: [
          [5, 18],
          [3, 18],
        ],
        zombies: horde,
        startHour: 19.5,
        phones: [[5, 18]],
      });
      await phoneLightOn(game);
      await walk(game, 1, 0, 3);
      await waitTicks(game, 16);
    },
  },
  {
    // A fight in the corridor: three students, one crouched, against a brute, a runner, a crawler,
    // a walker and a hunter; each kind reads by its outline, the controlled student by the ring.
    name: 'look-fight',
    async setUp(game) {
      await startShowcase(game, {
        students: [
          [12, 13],
          [10, 13],
          [11, 14],
        ],
        zombies: [
          [16, 13, 'brute'],
          [15, 14, 'runner'],
          [14, 14, 'crawler'],
          [17, 14, 'walker'],
          [8, 13, 'hunter'],
        ],
        phones: [[12, 13]],
      });
      await phoneLightOn(game);
      await walk(game, 0.2, 0, 2);
      for (let i = 0; i < 3; i++) {
        await game.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 0, dy: 0, gait: 'sneak' }));
        await waitTicks(game, 1);
      }
      await waitTicks(game, 8);
    },
  },
  {
    // Blows that tell: a walker struck once shows the blows it has left under its feet (two of
    // three pips), as does a brute beside it; a downing blow says "down!".
    name: 'look-blows',
    async setUp(game) {
      await startShowcase(game, {
        students: [
          [12, 13],
          [10, 13],
        ],
        zombies: [
          [13, 13, 'walker'],
          [13, 14, 'brute'],
          [14, 14, 'walker'],
        ],
      });
      for (let i = 0; i < 2; i++) {
        await game.page.evaluate(() => window.hyosan.send({ type: 'attack' }));
        await waitTicks(game, 10);
      }
    },
  },
  {
    // The shipped first level with the HUD: health, stamina, inventory, the goal.
    name: 'look-hud',
    async setUp(game) {
      await startLevel(game, '01-classroom-wing', 7);
      await walk(game, 0, -1, 10);
      await waitTicks(game, 4);
    },
  },
];

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const harness = await startGameHarness();
  try {
    const only = process.argv[3];
    for (const [width, height, touch] of [
      [1280, 720, false],
      [390, 844, true],
    ] as const) {
      for (const shot of SHOTS.filter((s) => only === undefined || s.name === only)) {
        const game = await harness.open({ viewport: { width, height }, hasTouch: touch, isMobile: touch, query: shot.query ?? '' });
        await shot.setUp(game);
        await game.page.waitForTimeout(400);
        const file = resolve(outDir, `${shot.name}-${width}x${height}.png`);
        await game.page.screenshot({ path: file });
        if (game.errors.length > 0) console.error(`${shot.name}: ${game.errors.join('\n')}`);
        console.log(`${shot.name}: ${JSON.stringify(await game.page.evaluate(() => window.hyosan.look()))}`);
        console.log(`wrote ${file}`);
        await game.close();
      }
    }
  } finally {
    await harness.close();
  }
}

await main();
