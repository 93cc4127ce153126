/**
 * A full-screen menu: a dimmed backdrop (or the title art), a heading, the menu rows, an optional
 * notice line and a hint line at the bottom; laid out again whenever the screen changes size.
 */

import type Phaser from 'phaser';
import { t } from '../../i18n/i18n';
import { isTouchMode } from '../../layout/live-layout';
import { css } from '../../settings/palette';
import { MenuList, type MenuItem } from './menu-list';
import { fitFor, menuText, palette } from './text-style';

/** Screens shorter than this (CSS px: a phone on its side) start the rows under the heading rather than a share of the way down. */
export const SHORT_SCREEN = 500;

export interface MenuScreenOptions {
  heading: string;
  items: MenuItem[];
  onBack?: () => void;
  focus?: string;
  /** Where the focused row was drawn before the screen was redrawn (see `MenuList`): it is drawn there again. */
  anchorY?: number;
  /** A line under the heading, e.g. a warning about settings that were reset. */
  notice?: string;
  /** Draw nothing behind the menu (the caller drew its own backdrop). */
  transparent?: boolean;
  /** Top of the menu as a share of the screen height (default 0.22), or a function of the height. */
  top?: number | ((height: number) => number);
  /** Where the heading area ends, for screens that draw their own heading (the notice goes below). */
  headerBottom?: () => number;
  /** The widest the rows may be (px; 620 by default): level select's long titles fit beside their state on a desktop. */
  width?: number;
  /** While this is true the menu ignores every move and tap (the screen is listening for something else). */
  ignoring?: () => boolean;
}

export interface MenuScreen {
  menu: MenuList;
  heading: Phaser.GameObjects.Text;
  notice: Phaser.GameObjects.Text;
  relayout(): void;
}

export function createMenuScreen(scene: Phaser.Scene, options: MenuScreenOptions): MenuScreen {
  const colours = palette();
  const shade = options.transparent === true ? undefined : scene.add.rectangle(0, 0, 10, 10, 0x05070a, 0.86).setOrigin(0);
  const heading = scene.add.text(0, 0, options.heading, menuText(36, { bold: true })).setOrigin(0.5, 0);
  const notice = scene.add
    .text(0, 0, options.notice ?? '', menuText(18, { colour: css(colours.warning) }))
    .setOrigin(0.5, 0)
    .setAlign('center');
  const hint = scene.add.text(0, 0, t(isTouchMode() ? 'menu.hintTouch' : 'menu.hint'), menuText(12, { colour: '#b8c4d2' })).setOrigin(0.5, 1);
  const menu = new MenuList(scene, options.items, {
    ...(options.onBack ? { onBack: options.onBack } : {}),
    ...(options.focus ? { focus: options.focus } : {}),
    ...(options.ignoring ? { ignoring: options.ignoring } : {}),
    ...(options.anchorY === undefined ? {} : { anchorY: options.anchorY }),
  });

  const relayout = (): void => {
    const { width, height } = scene.scale;
    const fit = fitFor(width, height);
    shade?.setSize(width, height);
    const topShare = typeof options.top === 'function' ? options.top(height) : (options.top ?? 0.22);
    heading
      .setStyle(menuText(36, { bold: true, fit }))
      .setAlign('center')
      .setWordWrapWidth(width - 24, true)
      .setPosition(width / 2, height < SHORT_SCREEN ? 8 : Math.max(8, height * 0.06));
    const headerBottom = options.headerBottom?.() ?? heading.y + heading.height;
    notice
      .setStyle(menuText(18, { colour: css(colours.warning), fit }))
      .setWordWrapWidth(width - 32, true)
      .setPosition(width / 2, headerBottom + 4);
    hint
      .setStyle(menuText(12, { colour: '#b8c4d2', fit: Math.max(fit, 0.9) }))
      .setWordWrapWidth(width - 24, true)
      .setPosition(width / 2, height - 6);
    const menuWidth = Math.min(options.width ?? 620, width - 24);
    // On a short screen (a phone on its side) the rows start right under the heading: every row that fits is shown.
    const top = Math.max(height < SHORT_SCREEN ? 0 : height * topShare, notice.y + (notice.text === '' ? 0 : notice.height) + 8);
    const bottom = hint.y - hint.height - 6;
    menu.layout({ x: (width - menuWidth) / 2, y: top, width: menuWidth, height: Math.max(44, bottom - top) });
  };
  relayout();
  scene.scale.on('resize', relayout);
  scene.events.once('shutdown', () => scene.scale.off('resize', relayout));
  return { menu, heading, notice, relayout };
}
