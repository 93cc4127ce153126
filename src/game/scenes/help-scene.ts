/**
 * Controls and screen, from the pause menu: every action with the player's own keys and its
 * gamepad button, the touch controls (first on a touch screen), and what the HUD's bars and letters mean. A scrolling list
 * (the menu's rows, so it follows the text size and fits a phone); section titles are rows that
 * the focus skips.
 */

import Phaser from 'phaser';
import { helpSections, type HelpRow } from '../help-rows';
import { t } from '../i18n/i18n';
import { inputSettings } from '../input/input-settings';
import { isTouchMode } from '../layout/live-layout';
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
      ...helpSections(isTouchMode(), inputSettings().bindings, inputSettings().pad).flatMap(({ id, title, rows }) => [section(id, title), ...rows.map(row)]),
    ];
    createMenuScreen(this, { heading: t('help.heading'), items, onBack: back, top: 0.14 });
  }
}
