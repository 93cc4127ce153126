/** The testing hook's part for what the page shows, in page pixels: the menu, every visible text and its box, where a tile or the tutorial prompt is to click or tap it. */

import Phaser from 'phaser';
import { activeMenu, focusActiveMenu } from '../scenes/menu/menu-list';
import { TILE_SIZE } from '../render/sprite-layout';
import { currentPrompt } from '../tutorial/tutorial-run';
import { lessonsDone } from '../tutorial/tutorial-progress';
import { isLesson, LESSONS } from '../tutorial/lessons';
import { appOf } from '../app-state';
import type { HyosanHook } from './hook-types';

/** The running scenes that are drawn (the "What happened?" replay hides the stopped level under it). */
function shownScenes(game: Phaser.Game): Phaser.Scene[] {
  return game.scene.getScenes(true).filter((scene) => scene.sys.settings.visible);
}

/** The text of every visible text object in the running scenes: what the player can read. */
function visibleTexts(game: Phaser.Game): string[] {
  // Texts inside containers too (the HUD's student panel is one).
  const shown: string[] = [];
  const visit = (list: readonly Phaser.GameObjects.GameObject[]): void => {
    for (const child of list) {
      if (child instanceof Phaser.GameObjects.Container) {
        if (child.visible) visit(child.list);
      } else if (child instanceof Phaser.GameObjects.Text && child.visible && child.text !== '') shown.push(child.text);
    }
  };
  for (const scene of shownScenes(game)) visit(scene.children.list);
  return shown;
}

/** Every visible text with its box in page pixels (see HyosanHook['textBoxes']). */
function textBoxesOf(game: Phaser.Game): ReturnType<HyosanHook['textBoxes']> {
  const bounds = game.canvas.getBoundingClientRect();
  const scaleX = bounds.width / game.scale.width;
  const scaleY = bounds.height / game.scale.height;
  const shown: ReturnType<HyosanHook['textBoxes']> = [];
  const visit = (scene: Phaser.Scene, list: readonly Phaser.GameObjects.GameObject[], scale: number, scaleUp: number): void => {
    for (const child of list) {
      if (child instanceof Phaser.GameObjects.Container) {
        if (child.visible) visit(scene, child.list, scale * child.scaleX, scaleUp * child.scaleY);
      } else if (child instanceof Phaser.GameObjects.Text && child.visible && child.text !== '' && child.alpha > 0) {
        const box = child.getBounds();
        // A text in the world (a name over a student, a "+1 food" float) is where the camera that draws it shows it (the edit preview's panels have a camera of their own).
        const camera = scene.cameras.cameras.find((c) => (child.cameraFilter & c.id) === 0) ?? scene.cameras.main;
        const inWorld = child.scrollFactorX !== 0 && list === scene.children.list;
        const zoom = inWorld ? camera.zoom : 1;
        const gameX = inWorld ? camera.x + (box.x - camera.worldView.x) * zoom : box.x;
        const gameY = inWorld ? camera.y + (box.y - camera.worldView.y) * zoom : box.y;
        shown.push({
          scene: scene.scene.key,
          text: child.text,
          x: bounds.left + gameX * scaleX,
          y: bounds.top + gameY * scaleY,
          width: box.width * zoom * scaleX,
          height: box.height * zoom * scaleY,
          fontPx: parseFloat(String(child.style.fontSize)) * child.scaleX * scale * zoom,
          pagePx: parseFloat(String(child.style.fontSize)) * child.scaleY * scaleUp * zoom * scaleY,
          squeeze: child.scaleY === 0 ? 1 : child.scaleX / child.scaleY,
        });
      }
    }
  };
  for (const scene of shownScenes(game)) visit(scene, scene.children.list, 1, 1);
  return shown;
}

export function pageHook(game: Phaser.Game): Pick<HyosanHook, 'tutorial' | 'menu' | 'texts' | 'textBoxes' | 'tileToScreen'> {
  return {
    tutorial(change) {
      if (change?.show !== undefined) {
        if (!isLesson(change.show)) throw new Error(`unknown lesson ${JSON.stringify(change.show)}; expected one of ${LESSONS.join(', ')}`);
        appOf(game).play?.tutor?.preview(change.show);
      }
      const play = appOf(game).play;
      const prompt = currentPrompt(play);
      const box = play?.promptBox ?? null;
      const bounds = game.canvas.getBoundingClientRect();
      const promptAt = box === null ? null : { x: bounds.left + box.x * (bounds.width / game.scale.width), y: bounds.top + (box.y + box.height / 2) * (bounds.height / game.scale.height) };
      return { lesson: prompt?.lesson ?? null, prompt: prompt?.text ?? null, holding: prompt?.holding ?? false, done: lessonsDone(), banner: play?.banner ?? null, promptAt };
    },
    menu(change) {
      if (change?.focus !== undefined && !focusActiveMenu(change.focus)) throw new Error(`no enabled row ${JSON.stringify(change.focus)} in the menu in use`);
      const menu = activeMenu();
      if (menu === undefined) return null;
      const bounds = game.canvas.getBoundingClientRect();
      const scaleX = bounds.width / game.scale.width;
      const scaleY = bounds.height / game.scale.height;
      const page = (at: { x: number; y: number } | null): { x: number; y: number } | null => (at === null ? null : { x: bounds.left + at.x * scaleX, y: bounds.top + at.y * scaleY });
      const pageBox = <T extends { x: number; y: number; width: number; height: number }>(box: T): T => ({
        ...box,
        x: bounds.left + box.x * scaleX,
        y: bounds.top + box.y * scaleY,
        width: box.width * scaleX,
        height: box.height * scaleY,
      });
      return { ...menu, items: menu.items.map((item) => ({ ...item, at: page(item.at), box: item.box === null ? null : pageBox(item.box), textBoxes: item.textBoxes.map(pageBox) })) };
    },
    texts: () => visibleTexts(game),
    textBoxes: () => textBoxesOf(game),
    tileToScreen(tileX, tileY) {
      const editing = appOf(game).screen === 'edit' && game.scene.getScene('edit')?.sys.isActive() === true;
      const play = game.scene.getScene(editing ? 'edit' : 'play');
      if (play === null || !play.sys.isActive() || (!editing && appOf(game).play === undefined)) return null;
      const camera = play.cameras.main;
      const bounds = game.canvas.getBoundingClientRect();
      const scaleX = bounds.width / game.scale.width;
      const scaleY = bounds.height / game.scale.height;
      return {
        x: bounds.left + (camera.x + ((tileX + 0.5) * TILE_SIZE - camera.worldView.x) * camera.zoom) * scaleX,
        y: bounds.top + (camera.y + ((tileY + 0.5) * TILE_SIZE - camera.worldView.y) * camera.zoom) * scaleY,
      };
    },
  };
}
