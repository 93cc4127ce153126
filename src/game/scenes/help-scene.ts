/**
 * Controls and screen, from the pause menu: every action with the player's own keys and its
 * gamepad button, the touch controls, and what the HUD's bars and letters mean. A scrolling list
 * (the menu's rows, so it follows the text size and fits a phone); section titles are rows that
 * the focus skips.
 */

import Phaser from 'phaser';
import { controlRows, hudRows, legendRows, touchRows, type HelpRow } from '../help-rows';
import { t } from '../i18n/i18n';
import { inputSettings } from '../input/input-settings';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen } from './menu/menu-screen';

export const HELP_SCENE = 'help';

export class HelpScene extends Phaser.Scene {
  constructor() {
    super(HELP_SCENE);
  }

  create(): void {
    const back = (): void => {
      this.scene.start('pause', { focus: 'help' });
    };
    const row = ({ id, label, value }: HelpRow): MenuItem => ({ id, label: () => label, value: () => value });
    const section = (id: string, label: string): MenuItem => ({ id, label: () => `— ${label} —`, enabled: () => false });
    const items: MenuItem[] = [
      { id: 'back', label: () => t('menu.back'), activate: back },
      section('keys', t('help.keys')),
      ...controlRows(inputSettings().bindings, inputSettings().pad).map(row),
      section('touch', t('help.touch')),
      ...touchRows().map(row),
      section('hud', t('help.hud')),
      ...hudRows().map(row),
      section('marks', t('help.marks')),
      ...legendRows().map(row),
    ];
    createMenuScreen(this, { heading: t('help.heading'), items, onBack: back, top: 0.14 });
  }
}
