/**
 * Every screen, right: the title, level select, the play HUD, pause, each page of "Controls and
 * screen", settings and each of its sections, each page of the key remapping, the save slots (load and save), camp, a win, a loss
 * and its "What happened?", a siege's end, the ending after the Rooftop and the `?edit=` preview, in English and Korean, at 100%
 * and 150% text, on a 1280x720 desktop and a 390x844 touch phone. Layout is read from the testing
 * hook (texts and menu rows with their boxes, in page pixels), not from pictures, and checked by
 * screen-checks.ts: nothing outside the screen or its row, no two texts over each other, rows in
 * reach and big enough to tap, no text under 12 px on the page, no input named that the device has not ("tap" on a desktop), nothing squeezed to fit (the HUD's student rows with an order), no raw ids or keys, no English on a Korean screen, every text bigger
 * at 150%. The screens are opened the quickest way (the hook, a key); how a player gets there is
 * other tests' business.
 *
 * `SCREENSHOTS=1` also saves each screen at 150% text in each language and size to
 * docs/screenshots/screens/ (the pictures there were taken so and looked at).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiledFromAscii } from '../core/level-fixture';
import { runUntil, startGameHarness, type GameHarness, type GamePage } from './harness';
import { checkAligned, checkBoxes, checkCorners, checkDeviceWords, checkOverlaps, checkReadable, checkRows, checkScaled, checkSqueezed, checkWords, type Capture } from './screen-checks';
import { tap } from './taps';

const SHOTS = process.env['SCREENSHOTS'] === '1' ? 'docs/screenshots/screens' : undefined;
const DEVICES = [
  { name: 'desktop', viewport: { width: 1280, height: 720 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'sideways phone', viewport: { width: 844, height: 390 }, touch: true },
] as const;
const LANGUAGES = ['en', 'ko'] as const;
const TEXT_SIZES = [1, 1.5] as const;
/** Screens a touch player must be able to leave by a row of their own (no Esc key on a phone). */
const NEEDS_BACK = /^(settings|saves|levels|help|remap)/;
const END_SCREENS = new Set(['won', 'lost', 'siege-end']);
let harness: GameHarness;
beforeAll(async () => {
  if (SHOTS !== undefined) mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A student a step from the exit: walking right wins. A walker down the corridor hears a swing first, so a "heard" badge is up when the level ends. */
const WIN_TEXT = JSON.stringify(
  tiledFromAscii(`
  ##########
  #SE.....Z#
  ##########`),
);
/**
 * A student cornered by a brute at the end of a corridor wider than a phone's screen: lost in a few
 * seconds. The brute stands by the map's right edge, where its name tag on "What happened?" was cut.
 */
const LOSE_TEXT = JSON.stringify(
  tiledFromAscii(`
  #####################
  #E................SB#
  #####################`),
);

/** A siege in a small room, a moment before dawn with the clock fast: held at once, won once the student walks to the exit in it. */
function siegeText(): string {
  const tiled = tiledFromAscii(`
    #####
    #S.E#
    #####`);
  tiled['properties'] = [
    { name: 'startHour', type: 'float', value: 5.99 },
    { name: 'clockSpeed', type: 'float', value: 120 },
  ];
  const hold = {
    id: 901,
    name: 'Hold the room until dawn',
    type: 'hold',
    x: 16,
    y: 16,
    width: 48,
    height: 16,
    properties: [
      { name: 'untilDawn', type: 'bool', value: true },
      { name: 'labelKo', type: 'string', value: '새벽까지 방을 지키세요' },
    ],
  };
  tiled.layers.push({ id: 900, name: 'objectives', type: 'objectgroup', x: 0, y: 0, opacity: 1, visible: true, objects: [hold] });
  return JSON.stringify(tiled);
}

/**
 * The Rooftop, the campaign's last level, as a corridor: Min-jun a step from the exit with two
 * friends behind; winning it opens the ending (who got off the roof, who was lost, when) in place of camp.
 */
function rooftopText(): string {
  const tiled = tiledFromAscii(`
    ##########
    #ESSS....#
    ##########`);
  const names = ['Min-jun', 'Seo-yeon', 'Ha-eun'];
  for (const layer of tiled.layers as { objects?: { type: string; properties?: object[] }[] }[])
    for (const object of layer.objects ?? []) if (object.type === 'student') object.properties = [{ name: 'name', type: 'string', value: names.shift() }];
  return JSON.stringify(tiled);
}

const COMBOS = LANGUAGES.flatMap((language) => TEXT_SIZES.map((textSize) => ({ language, textSize })));

class Visit {
  language: 'en' | 'ko' = 'en';
  textSize = 1;
  readonly started = Date.now();

  constructor(
    readonly game: GamePage,
    readonly device: (typeof DEVICES)[number],
    readonly captures: Capture[],
    readonly fingerChecks: string[],
  ) {}

  get page() {
    return this.game.page;
  }

  async frames(count: number): Promise<void> {
    const from = await this.page.evaluate(() => window.hyosan.frame());
    await this.page.waitForFunction(([f, n]) => window.hyosan.frame() >= f + n, [from, count] as const, { timeout: 30_000, polling: 'raf' });
  }

  /** Switches language and text size as the settings screen does (open screens redraw). */
  async set(language: 'en' | 'ko', textSize: number): Promise<void> {
    this.language = language;
    this.textSize = textSize;
    await this.page.evaluate(([l, s]) => window.hyosan.settings({ language: l, accessibility: { textSize: s } }), [language, textSize] as const);
    await this.frames(3);
  }

  /** Reads the screen up now and keeps it for the checks. */
  async capture(screen: string): Promise<void> {
    const read = await this.page.evaluate(() => {
      const { pause, fullscreen } = window.hyosan.input().layout.buttons;
      return { texts: window.hyosan.textBoxes(), menu: window.hyosan.menu(), corners: [pause, fullscreen].filter((c) => c !== undefined) };
    });
    const menu = read.menu;
    // The level's words (a damage number, a name, a "heard" badge) must not show through an end screen: the level is over.
    if (END_SCREENS.has(screen)) {
      for (const word of read.texts.filter((text) => text.scene === 'play'))
        this.fingerChecks.push(`${screen} [${this.language} ${this.device.name}]: the level's ${JSON.stringify(word.text)} shows through the end screen`);
    }
    // Behind an end screen the level stands still as it was last drawn, under a shade; the play screen checks it.
    const texts = END_SCREENS.has(screen) ? read.texts.filter((text) => !['play', 'hud', 'touch'].includes(text.scene)) : read.texts;
    const corners = texts.some((text) => text.scene === 'hud') ? read.corners : [];
    this.captures.push({ ms: Date.now() - this.started, screen, language: this.language, textSize: this.textSize, touch: this.device.touch, viewport: this.device.viewport, texts, menu, corners });
    // One picture a screen (the first page of a scrolling one), language and size, at the larger text.
    if (SHOTS !== undefined && this.textSize === 1.5 && !/-([2-9]|\d\d)$/.test(screen)) {
      const { width, height } = this.device.viewport;
      await this.page.screenshot({ path: `${SHOTS}/${screen.replace(/-1$/, '')}-${this.language}-${width}x${height}.jpg`, type: 'jpeg', quality: 70 });
    }
  }

  /** The screen up now in each language and text size; `read` reads it (one capture by default). */
  async each(screen: string, read: () => Promise<void> = () => this.capture(screen)): Promise<void> {
    for (const { language, textSize } of COMBOS) {
      await this.set(language, textSize);
      await read();
    }
    await this.set('en', 1);
  }

  /** The screen up now at 100% and then 150% text, in the language set now. */
  async bothSizes(screen: string): Promise<void> {
    await this.capture(screen);
    await this.set(this.language, 1.5);
    await this.capture(screen);
  }

  /**
   * The text size changed by a tap on its row: the screen is drawn again with bigger rows, and the
   * row must still be under the finger (else the next tap changes something else).
   */
  async textSizeUnderFinger(): Promise<void> {
    await this.set('en', 1.25);
    await this.page.evaluate(() => window.hyosan.menu({ focus: 'textSize' }));
    const box = await this.page.evaluate(() => window.hyosan.menu()!.items.find((item) => item.id === 'textSize')!.box!);
    // On the value's right half: one step up, to 150%.
    const at = { x: box.x + box.width - 30, y: box.y + box.height / 2 };
    if (this.device.touch) await tap(this.page, at.x, at.y);
    else await this.page.mouse.click(at.x, at.y);
    await this.page.waitForFunction(
      () => window.hyosan.settings().settings.accessibility.textSize === 1.5 && window.hyosan.menu()?.items.some((item) => item.id === 'textSize' && item.box !== null) === true,
      undefined,
      { timeout: 30_000 },
    );
    await this.frames(2);
    const after = await this.page.evaluate(() => window.hyosan.menu()!.items.find((item) => item.id === 'textSize')!.box!);
    this.fingerChecks.push(
      at.y >= after.y && at.y <= after.y + after.height
        ? ''
        : `settings-accessibility [${this.device.viewport.width}x${this.device.viewport.height}]: the text-size row moved from under the finger (y ${at.y.toFixed(0)}, now ${after.y.toFixed(0)}–${(after.y + after.height).toFixed(0)})`,
    );
    await this.set('en', 1);
  }

  async waitMenu(scene: string): Promise<void> {
    await this.page.waitForFunction((want) => window.hyosan.menu()?.scene === want, scene, { timeout: 30_000 });
  }

  /** Picks a menu row as the player would: a click, or a tap on the phone. */
  async choose(id: string): Promise<void> {
    await this.page.waitForFunction((want) => window.hyosan.menu()?.items.some((item) => item.id === want) ?? false, id, { timeout: 30_000 });
    // A row scrolled out of view is brought into it first, as the arrow keys would.
    await this.page.evaluate((want) => window.hyosan.menu({ focus: want }), id);
    const at = await this.page.evaluate((want) => window.hyosan.menu()!.items.find((item) => item.id === want)!.at!, id);
    if (this.device.touch) await tap(this.page, at.x, at.y);
    else await this.page.mouse.click(at.x, at.y);
  }

  async waitScreen(screen: string): Promise<void> {
    await this.page.waitForFunction((want) => window.hyosan.screen() === want, screen, { timeout: 60_000 });
  }

  /** Each page of a scrolling menu, read one after another (the focus moved down as far as a page goes, as the arrow keys would). */
  async pages(screen: string): Promise<void> {
    for (let page = 1; ; page++) {
      await this.capture(`${screen}-${page}`);
      const more = await this.page.evaluate(() => {
        const items = window.hyosan.menu()!.items;
        const shown = items.map((item, index) => (item.box === null ? -1 : index)).filter((index) => index >= 0);
        const last = Math.max(...shown);
        if (last === items.length - 1) return false;
        // Down a row at a time, as the arrow keys go, until the last row read has scrolled away.
        for (let index = last + 1; index < items.length; index++) {
          if (!items[index]!.enabled) continue;
          const now = window.hyosan.menu({ focus: items[index]!.id })!.items;
          if (now[last]!.box !== null) continue;
          // A tall row coming in can scroll more than one away: back up to the first row not read yet.
          const first = now.findIndex((item) => item.box !== null);
          if (first > last + 1 && items[last + 1]!.enabled) window.hyosan.menu({ focus: items[last + 1]!.id });
          return true;
        }
        // The end of the list came into view with the last row read still on screen: the last page.
        if (window.hyosan.menu()!.items[items.length - 1]!.box !== null) return true;
        throw new Error('the next page cannot be reached');
      });
      if (!more) return;
      expect(page, `${screen} has more pages than a player would scroll through`).toBeLessThan(20);
      await this.frames(1);
    }
  }

  async load(file: string, text: string): Promise<void> {
    const loaded = await this.page.evaluate(([f, t]) => window.hyosan.loadLevelText(f, t, { seed: 5 }).then((result) => (result.ok ? [] : result.errors)), [file, text] as const);
    expect(loaded).toEqual([]);
  }

  /**
   * The `?edit=` panel at 150% is taller than its room: its last line (the hint) is out of view,
   * and the wheel over the panel brings it in.
   */
  async editPanelEnd(): Promise<void> {
    await this.set('en', 1.5);
    const hint = (): Promise<boolean> => this.page.evaluate(() => window.hyosan.texts().some((text) => text.startsWith('Drag: move')));
    expect(await hint(), 'the edit panel shows its hint at 150% before scrolling').toBe(false);
    const { width, height } = this.device.viewport;
    await this.page.mouse.move(width < 600 ? width / 2 : 60, height - 40);
    for (let turn = 0; turn < 30 && !(await hint()); turn++) {
      await this.page.mouse.wheel(0, 120);
      await this.frames(1);
    }
    expect(await hint(), 'the wheel over the edit panel scrolls to its end').toBe(true);
    await this.set('en', 1);
  }

  /** Every screen, each in both languages and text sizes. */
  async everyScreen(): Promise<void> {
    await this.waitMenu('title');
    await this.each('title');

    await this.choose('settings');
    await this.waitMenu('settings');
    await this.each('settings');
    for (const section of ['sound', 'difficulty', 'controls', 'accessibility']) {
      await this.choose(section);
      await this.page.waitForFunction((s) => window.hyosan.menu()?.items.some((item) => item.id === 'back') === true && !window.hyosan.menu()!.items.some((item) => item.id === s), section, {
        timeout: 30_000,
      });
      await this.each(`settings-${section}`);
      if (section === 'accessibility') await this.textSizeUnderFinger();
      if (section === 'controls') {
        await this.choose('remap');
        await this.waitMenu('remap');
        await this.each('remap', () => this.pages('remap'));
        await this.choose('back');
        await this.page.waitForFunction(() => window.hyosan.menu()?.items.some((item) => item.id === 'remap') === true, undefined, { timeout: 30_000 });
      }
      await this.choose('back');
      await this.page.waitForFunction(() => window.hyosan.menu()?.items.some((item) => item.id === 'sound') === true, undefined, { timeout: 30_000 });
    }
    await this.choose('back');
    await this.waitMenu('title');

    await this.choose('load');
    await this.waitMenu('saves');
    await this.each('saves-load');
    await this.choose('back');
    await this.waitMenu('title');

    await this.choose('levelSelect');
    await this.waitMenu('levels');
    await this.each('levels');
    await this.choose('back');
    await this.waitMenu('title');

    await this.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 7 }));
    const start = await this.page.evaluate(() => window.hyosan.snapshot().tick);
    await this.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t + 10, start, { timeout: 60_000 });
    // A student told to hold: the HUD's student rows show the order with the name and role.
    expect(await this.page.evaluate(() => window.hyosan.send({ type: 'order', order: 'hold' }))).toEqual({ ok: true });
    await this.page.waitForFunction(() => window.hyosan.snapshot().students.some((student) => student.order === 'hold'), undefined, { timeout: 30_000 });
    await this.each('play');
    // Each need bar has its word over it, not a letter a new player cannot guess (F W R T M).
    const hud = await this.page.evaluate(() =>
      window.hyosan
        .textBoxes()
        .filter((text) => text.scene === 'hud')
        .map((text) => text.text),
    );
    expect(hud).toEqual(expect.arrayContaining(['Food', 'Water', 'Rest', 'Warm', 'Mood']));
    // The tutorial's longest prompt (the goal lesson), as tall as a prompt gets: on a phone held sideways it ran over the touch buttons.
    // (Held upright at 150% it still covers the student and the item row: not checked here yet.)
    if (this.device.viewport.height < 500) {
      await this.page.evaluate(() => window.hyosan.tutorial({ show: 'goal' }));
      await this.page.waitForFunction(() => window.hyosan.tutorial().lesson === 'goal', undefined, { timeout: 30_000 });
      await this.each('play-goal-prompt');
      await this.page.keyboard.press('Enter');
      await this.page.waitForFunction(() => window.hyosan.tutorial().prompt === null, undefined, { timeout: 30_000 });
    }
    await this.page.evaluate(() => window.hyosan.pause(true));
    await this.waitMenu('pause');
    await this.each('pause');
    await this.choose('help');
    await this.waitMenu('help');
    await this.each('help', () => this.pages('help'));
    // The page opens on the controls the device has: the touch controls first on a phone (it opened on the keyboard's table).
    const firstSection = await this.page.evaluate(() => window.hyosan.menu()!.items.find((item) => item.id !== 'back')!.id);
    expect(firstSection, 'the help page opens on the controls the device has').toBe(this.device.touch ? 'touch' : 'keys');
    await this.page.keyboard.press('Escape');
    await this.waitMenu('pause');
    await this.choose('save');
    await this.waitMenu('saves');
    await this.each('saves-save');
    await this.choose('back');
    await this.waitMenu('pause');
    await this.page.evaluate(() => window.hyosan.pause(false));
    await this.page.evaluate(() => window.hyosan.openCamp());
    await this.page.waitForFunction(() => window.hyosan.textBoxes().some((text) => text.scene === 'camp'), undefined, { timeout: 60_000 });
    await this.each('camp');

    // A siege: the clock has a second line, the next wave's countdown (it ran over the goal list on a phone held sideways).
    await this.page.evaluate(() => window.hyosan.startLevel('siege', { seed: 7 }));
    await this.page.waitForFunction(() => window.hyosan.screen() === 'playing' && window.hyosan.snapshot().siege !== null, undefined, { timeout: 60_000 });
    await this.each('siege-play');

    // The title again, now with a save to continue (its row has a description under it on a phone).
    await this.page.goto(harness.url, { timeout: 120_000 });
    await this.waitMenu('title');
    await this.page.waitForFunction(() => window.hyosan.menu()?.items.find((item) => item.id === 'continue')?.enabled === true, undefined, { timeout: 30_000 });
    await this.each('title-saved');

    // The end screens are reached in the language already chosen (a player cannot switch it there,
    // and what the level drew before stays as it was drawn); the text size then changes in place.
    // The levels run under the step lock, as fast as their ticks compute: in real time they took a
    // minute a device (a walker's ear, a brute's bites, ten seconds of "What happened?", a siege's
    // dawn), longer on a loaded machine than a wait allows.
    await this.page.evaluate(() => window.hyosan.stepLock(true));
    for (const language of LANGUAGES) {
      await this.set(language, 1);
      await this.load('levels/screens-won.json', WIN_TEXT);
      // A swing the walker hears: its "heard" badge is over the student as the level is won.
      await this.page.evaluate(() => window.hyosan.send({ type: 'attack' }));
      await runUntil(this.game, () => (window.hyosan.look()?.notices.length ?? 0) > 0);
      await this.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 1, dy: 0 }));
      await runUntil(this.game, () => window.hyosan.screen() === 'won');
      await this.bothSizes('won');

      await this.set(language, 1);
      await this.load('levels/screens-lost.json', LOSE_TEXT);
      await runUntil(this.game, () => window.hyosan.screen() === 'lost');
      await this.bothSizes('lost');
      await this.page.waitForFunction(() => window.hyosan.endKeysReady(), undefined, { timeout: 30_000 });
      await this.page.keyboard.press('KeyH');
      await runUntil(this.game, () => window.hyosan.whatHappened()?.playing === false, 30);
      await this.bothSizes('what-happened');

      await this.set(language, 1);
      await this.load('levels/screens-siege.json', siegeText());
      await this.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 1, dy: 0 }));
      await runUntil(this.game, () => window.hyosan.screen() === 'won');
      await this.bothSizes('siege-end');
    }

    // The Rooftop won, one friend left behind at its end: the win screen's first choice opens the
    // ending. On a page loaded afresh, so the campaign is the Rooftop's own group (the small levels
    // above would start it with their nameless students).
    await this.page.goto(harness.url, { timeout: 120_000 });
    await this.waitMenu('title');
    await this.frames(5);
    await this.page.evaluate(() => window.hyosan.stepLock(true));
    for (const language of LANGUAGES) {
      await this.set(language, 1);
      await this.frames(2);
      await this.load('levels/08-rooftop.json', rooftopText());
      await this.page.evaluate(() => window.hyosan.send({ type: 'move', dx: -1, dy: 0 }));
      await runUntil(this.game, () => window.hyosan.screen() === 'won');
      await this.page.evaluate(() => window.hyosan.camp({ type: 'decide', name: 'Ha-eun', decision: 'leave' }));
      await this.page.waitForFunction(() => window.hyosan.endKeysReady(), undefined, { timeout: 30_000 });
      await this.page.keyboard.press('Enter');
      await this.waitScreen('ending');
      await this.frames(2);
      await this.bothSizes('ending');
    }
    await this.page.evaluate(() => window.hyosan.stepLock(false));
    await this.set('en', 1);

    await this.page.goto(`${harness.url}?edit=01-classroom-wing`, { timeout: 120_000 });
    await this.waitScreen('edit');
    await this.each('edit');
    await this.editPanelEnd();
  }
}

describe('every screen', () => {
  // One test a device (each about half of the whole, so a loaded machine stays well inside the limit).
  it.each(DEVICES)('fits, reads in its language and grows with the text size, on the $name', async (device) => {
    const started = Date.now();
    const problems: string[] = [];
    const all: Capture[] = [];
    try {
      const game = await harness.open({ viewport: device.viewport, hasTouch: device.touch, isMobile: device.touch });
      await new Visit(game, device, all, problems).everyScreen();
      expect(game.errors).toEqual([]);
      await game.close();
    } finally {
      // What was read, for a look when something fails.
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/every-screen-${device.name.replace(' ', '-')}.json`, JSON.stringify(all, null, 1));
    }
    for (const capture of all) {
      problems.push(
        ...checkBoxes(capture),
        // Level select's rows fit on one line on a desktop (level 6's long title wrapped).
        ...checkAligned(capture, { oneLine: capture.screen === 'levels' && !capture.touch }),
        ...checkOverlaps(capture),
        ...checkRows(capture, { needsBack: NEEDS_BACK.test(capture.screen) }),
        ...checkWords(capture),
        ...checkSqueezed(capture),
        ...checkCorners(capture),
        ...checkDeviceWords(capture),
        ...checkReadable(capture),
      );
    }
    // The longest prompt may be drawn smaller to fit a phone held sideways at 150% (prompt-view.ts, never under 12 px): no room there holds it bigger.
    for (const large of all.filter((capture) => capture.textSize === 1.5 && !(capture.screen === 'play-goal-prompt' && capture.viewport.height < 500))) {
      const normal = all.find((c) => c.textSize === 1 && c.screen === large.screen && c.language === large.language && c.viewport === large.viewport);
      if (normal !== undefined) problems.push(...checkScaled(normal, large));
    }
    console.log(`every screen, ${device.name}: ${all.length} screens read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect([...new Set(problems)].filter((problem) => problem !== '')).toEqual([]);
  });
});
