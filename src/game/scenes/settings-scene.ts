/**
 * Settings: every setting, in sections (sound, difficulty, controls, accessibility) plus the
 * language, usable with keyboard, gamepad, mouse and touch. Changes apply and are remembered at
 * once. Opened from the title or the pause menu, and goes back there.
 */

import Phaser from 'phaser';
import { detectLanguage, t, type Language, type PlainKey } from '../i18n/i18n';
import { DIFFICULTY_PRESETS, DIFFICULTY_SLIDERS, LANGUAGE_CHOICES, PRESET_SLIDERS, SLIDER_MAX, SLIDER_MIN, STICK_MODES, TEXT_SIZES, type Settings } from '../settings/schema';
import { setDifficultyPreset, settings, updateSettings } from '../settings/settings';
import { resetBindings } from '../input/input-settings';
import { startLazyScene } from './lazy-scenes';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen, type MenuScreen } from './menu/menu-screen';

export type SettingsSection = 'main' | 'sound' | 'difficulty' | 'controls' | 'accessibility';

export interface SettingsData {
  /** The scene to return to: the title or the pause menu. */
  from: 'title' | 'pause';
  section?: SettingsSection;
  focus?: string;
  /** Where the focused row was before a redraw, to draw it there again (under the finger). */
  anchorY?: number;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;
const step = (value: number, delta: number, min: number, max: number): number => Math.round(Phaser.Math.Clamp(value + delta, min, max) * 100) / 100;
const cycle = <T>(list: readonly T[], current: T, by: -1 | 1): T => list[(list.indexOf(current) + by + list.length) % list.length]!;
const onOff = (on: boolean): string => t(on ? 'menu.on' : 'menu.off');

type Accessibility = Settings['accessibility'];
type Toggle = { [K in keyof Accessibility]: Accessibility[K] extends boolean ? K : never }[keyof Accessibility];

export class SettingsScene extends Phaser.Scene {
  private screen: MenuScreen | undefined;

  constructor() {
    super('settings');
  }

  create(data: SettingsData): void {
    const section = data.section ?? 'main';
    const open = (next: SettingsSection, focus?: string): void => {
      this.scene.start('settings', { from: data.from, section: next, ...(focus ? { focus } : {}) } satisfies SettingsData);
    };
    const leave = (): void => {
      if (section !== 'main') open('main', section);
      else this.scene.start(data.from, data.from === 'title' ? { focus: 'settings' } : { focus: 'settings' });
    };
    const backItem: MenuItem = { id: 'back', label: () => t('menu.back'), activate: leave };
    // The remap screen is a chunk of its own (lazy-scenes.ts): this screen stays until it is there.
    let opening = false;
    const remap = (): void => {
      if (opening) return;
      opening = true;
      startLazyScene(this.game, 'remap', { from: data.from }).then(
        () => this.scene.stop(),
        (error: unknown) => {
          console.error('the key remapping screen could not be opened', error);
          opening = false;
        },
      );
    };
    const items = this.itemsFor(section, open, remap);
    const heading = section === 'main' ? t('settings.heading') : t(`settings.${section}`);
    const notice = section === 'difficulty' ? t('settings.difficultyNote') : undefined;
    this.screen = createMenuScreen(this, {
      heading,
      items: [...items, backItem],
      onBack: leave,
      ...(data.focus ? { focus: data.focus } : {}),
      ...(data.anchorY === undefined ? {} : { anchorY: data.anchorY }),
      ...(notice ? { notice } : {}),
    });
  }

  private itemsFor(section: SettingsSection, open: (next: SettingsSection) => void, remap: () => void): MenuItem[] {
    // Language and text size change every string: the screen redraws with the same row focused.
    const redraw = (focus: string): void => {
      const anchorY = this.screen?.menu.focusedY();
      this.scene.restart({ ...(this.sys.getData() as SettingsData), focus, ...(anchorY === undefined ? {} : { anchorY }) });
    };
    return SECTION_ITEMS[section]({ open, redraw, remap });
  }
}

/** What a section's rows may do beyond changing settings: open another section, redraw the screen, open the key remapping. */
interface SectionActions {
  open: (next: SettingsSection) => void;
  redraw: (focus: string) => void;
  remap: () => void;
}

/** The settings as they are now: a row reads them each time it is drawn. */
const now = (): Settings => settings();

function mainItems({ open, redraw }: SectionActions): MenuItem[] {
  return [
    ...(['sound', 'difficulty', 'controls', 'accessibility'] as const).map((id): MenuItem => ({ id, label: () => t(`settings.${id}`), value: () => '›', activate: () => open(id) })),
    {
      id: 'language',
      label: () => t('settings.language'),
      value: () => (now().language === 'auto' ? t('settings.languageAuto', { language: t(`language.${detectLanguage()}`) }) : t(`language.${now().language as Language}`)),
      adjust: (by) => {
        updateSettings({ language: cycle(LANGUAGE_CHOICES, now().language, by) });
        redraw('language');
      },
    },
  ];
}

function soundItems(): MenuItem[] {
  return (['master', 'music', 'effects'] as const).map((id): MenuItem => ({
    id,
    label: () => t(`settings.${id}`),
    value: () => percent(now().volume[id]),
    adjust: (by) => void updateSettings({ volume: { [id]: step(now().volume[id], by * 0.1, 0, 1) } }),
  }));
}

function difficultyItems(): MenuItem[] {
  return [
    {
      id: 'preset',
      label: () => t('settings.preset'),
      value: () => (isPreset(now()) ? t(`settings.${now().difficulty.preset}`) : t('settings.custom')),
      adjust: (by) => setDifficultyPreset(cycle(DIFFICULTY_PRESETS, now().difficulty.preset, by)),
    },
    ...DIFFICULTY_SLIDERS.map((id): MenuItem => ({
      id,
      label: () => t(`settings.${id}`),
      value: () => `×${now().difficulty[id].toFixed(1)}`,
      adjust: (by) => void updateSettings({ difficulty: { [id]: step(now().difficulty[id], by * 0.1, SLIDER_MIN, SLIDER_MAX) } }),
    })),
  ];
}

function controlsItems({ remap }: SectionActions): MenuItem[] {
  return [
    { id: 'remap', label: () => t('remap.entry'), value: () => '›', activate: remap },
    {
      id: 'stickMode',
      label: () => t('settings.stickMode'),
      value: () => t(`settings.${now().controls.stickMode}`),
      adjust: (by) => void updateSettings({ controls: { stickMode: cycle(STICK_MODES, now().controls.stickMode, by) } }),
    },
    {
      id: 'resetKeys',
      label: () => t('settings.resetKeys'),
      value: () => t('settings.customKeys', { count: Object.keys(now().controls.bindings).length + Object.keys(now().controls.pad).length }),
      activate: () => void resetBindings(),
      enabled: () => Object.keys(now().controls.bindings).length + Object.keys(now().controls.pad).length > 0,
    },
  ];
}

function accessibilityItems({ redraw }: SectionActions): MenuItem[] {
  const toggle = (id: Toggle, key: PlainKey): MenuItem => ({
    id,
    label: () => t(key),
    value: () => onOff(now().accessibility[id]),
    adjust: () => void updateSettings({ accessibility: { [id]: !now().accessibility[id] } }),
  });
  return [
    toggle('reducedMotion', 'settings.reducedMotion'),
    toggle('screenShake', 'settings.screenShake'),
    toggle('colourBlind', 'settings.colourBlind'),
    toggle('highContrast', 'settings.highContrast'),
    {
      id: 'textSize',
      label: () => t('settings.textSize'),
      value: () => percent(now().accessibility.textSize),
      adjust: (by) => {
        updateSettings({ accessibility: { textSize: cycle(TEXT_SIZES, now().accessibility.textSize, by) } });
        redraw('textSize');
      },
    },
    toggle('captions', 'settings.captions'),
    toggle('soundRings', 'settings.soundRings'),
  ];
}

const SECTION_ITEMS: Record<SettingsSection, (actions: SectionActions) => MenuItem[]> = {
  main: mainItems,
  sound: soundItems,
  difficulty: difficultyItems,
  controls: controlsItems,
  accessibility: accessibilityItems,
};

function isPreset(current: Settings): boolean {
  const preset = PRESET_SLIDERS[current.difficulty.preset];
  return DIFFICULTY_SLIDERS.every((id) => Math.abs(preset[id] - current.difficulty[id]) < 1e-9);
}
