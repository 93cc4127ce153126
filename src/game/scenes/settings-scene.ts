/**
 * Settings: every setting, in sections (sound, difficulty, controls, accessibility) plus the
 * language, usable with keyboard, gamepad, mouse and touch. Changes apply and are remembered at
 * once. Opened from the title or the pause menu, and goes back there.
 */

import Phaser from 'phaser';
import { detectLanguage, t, type Language, type PlainKey } from '../i18n/i18n';
import { DIFFICULTY_PRESETS, DIFFICULTY_SLIDERS, LANGUAGE_CHOICES, PRESET_SLIDERS, SLIDER_MAX, SLIDER_MIN, STICK_MODES, TEXT_SIZES, type Settings } from '../settings/schema';
import { setDifficultyPreset, settings, updateSettings } from '../settings/settings';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen } from './menu/menu-screen';

export type SettingsSection = 'main' | 'sound' | 'difficulty' | 'controls' | 'accessibility';

export interface SettingsData {
  /** The scene to return to: the title or the pause menu. */
  from: 'title' | 'pause';
  section?: SettingsSection;
  focus?: string;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;
const step = (value: number, delta: number, min: number, max: number): number => Math.round(Phaser.Math.Clamp(value + delta, min, max) * 100) / 100;
const cycle = <T>(list: readonly T[], current: T, by: -1 | 1): T => list[(list.indexOf(current) + by + list.length) % list.length]!;
const onOff = (on: boolean): string => t(on ? 'menu.on' : 'menu.off');

type Accessibility = Settings['accessibility'];
type Toggle = { [K in keyof Accessibility]: Accessibility[K] extends boolean ? K : never }[keyof Accessibility];

export class SettingsScene extends Phaser.Scene {
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
    const items = this.itemsFor(section, open);
    const heading = section === 'main' ? t('settings.heading') : t(`settings.${section}`);
    const notice = section === 'difficulty' ? t('settings.difficultyNote') : undefined;
    createMenuScreen(this, { heading, items: [...items, backItem], onBack: leave, ...(data.focus ? { focus: data.focus } : {}), ...(notice ? { notice } : {}) });
  }

  private itemsFor(section: SettingsSection, open: (next: SettingsSection) => void): MenuItem[] {
    const s = (): Settings => settings();
    switch (section) {
      case 'main':
        return [
          ...(['sound', 'difficulty', 'controls', 'accessibility'] as const).map((id): MenuItem => ({ id, label: () => t(`settings.${id}`), value: () => '›', activate: () => open(id) })),
          {
            id: 'language',
            label: () => t('settings.language'),
            value: () => (s().language === 'auto' ? t('settings.languageAuto', { language: t(`language.${detectLanguage()}`) }) : t(`language.${s().language as Language}`)),
            // The screen redraws in the new language with this row still focused.
            adjust: (by) => {
              updateSettings({ language: cycle(LANGUAGE_CHOICES, s().language, by) });
              this.scene.restart({ ...this.sys.getData(), focus: 'language' });
            },
          },
        ];
      case 'sound':
        return (['master', 'music', 'effects'] as const).map((id): MenuItem => ({
          id,
          label: () => t(`settings.${id}`),
          value: () => percent(s().volume[id]),
          adjust: (by) => void updateSettings({ volume: { [id]: step(s().volume[id], by * 0.1, 0, 1) } }),
        }));
      case 'difficulty':
        return [
          {
            id: 'preset',
            label: () => t('settings.preset'),
            value: () => (isPreset(s()) ? t(`settings.${s().difficulty.preset}`) : t('settings.custom')),
            adjust: (by) => setDifficultyPreset(cycle(DIFFICULTY_PRESETS, s().difficulty.preset, by)),
          },
          ...DIFFICULTY_SLIDERS.map((id): MenuItem => ({
            id,
            label: () => t(`settings.${id}`),
            value: () => `×${s().difficulty[id].toFixed(1)}`,
            adjust: (by) => void updateSettings({ difficulty: { [id]: step(s().difficulty[id], by * 0.1, SLIDER_MIN, SLIDER_MAX) } }),
          })),
        ];
      case 'controls':
        return [
          {
            id: 'stickMode',
            label: () => t('settings.stickMode'),
            value: () => t(`settings.${s().controls.stickMode}`),
            adjust: (by) => void updateSettings({ controls: { stickMode: cycle(STICK_MODES, s().controls.stickMode, by) } }),
          },
          {
            id: 'resetKeys',
            label: () => t('settings.resetKeys'),
            value: () => t('settings.customKeys', { count: Object.keys(s().controls.bindings).length }),
            activate: () => void updateSettings({ controls: { bindings: {} } }),
            enabled: () => Object.keys(s().controls.bindings).length > 0,
          },
        ];
      case 'accessibility': {
        const toggle = (id: Toggle, key: PlainKey): MenuItem => ({
          id,
          label: () => t(key),
          value: () => onOff(s().accessibility[id]),
          adjust: () => void updateSettings({ accessibility: { [id]: !s().accessibility[id] } }),
        });
        return [
          toggle('reducedMotion', 'settings.reducedMotion'),
          toggle('screenShake', 'settings.screenShake'),
          toggle('colourBlind', 'settings.colourBlind'),
          toggle('highContrast', 'settings.highContrast'),
          {
            id: 'textSize',
            label: () => t('settings.textSize'),
            value: () => percent(s().accessibility.textSize),
            // Text size changes every style: redraw the screen in the new size, same row focused.
            adjust: (by) => {
              updateSettings({ accessibility: { textSize: cycle(TEXT_SIZES, s().accessibility.textSize, by) } });
              this.scene.restart({ ...this.sys.getData(), focus: 'textSize' });
            },
          },
          toggle('captions', 'settings.captions'),
          toggle('soundRings', 'settings.soundRings'),
        ];
      }
    }
  }
}

function isPreset(current: Settings): boolean {
  const preset = PRESET_SLIDERS[current.difficulty.preset];
  return DIFFICULTY_SLIDERS.every((id) => Math.abs(preset[id] - current.difficulty[id]) < 1e-9);
}
