/**
 * When the language or the text size changes, screens made of text are rebuilt in place: each
 * running scene that shows text and holds no game state of its own restarts with the data it was
 * started with. The play scene is left alone (its level keeps running); its HUD redraws.
 */

import Phaser from 'phaser';
import { onSettingsChanged } from '../settings/settings';
import { onLanguageChanged } from './i18n';

/** Scenes that keep nothing but what they were started with, so a restart only redraws them. */
const TEXT_SCENES: ReadonlySet<string> = new Set(['title', 'levels', 'hud', 'end', 'error', 'pause', 'help', 'settings', 'credits', 'saves', 'whatHappenedPanel', 'camp', 'edit', 'remap', 'ending']);

export function relabelOnLanguageChange(game: Phaser.Game): () => void {
  // Once per change, however many of language and text size it changed (a scene that builds
  // itself after reading storage would otherwise be built twice over). The scenes to restart are
  // picked at the start of the game's next step, whose scene update then restarts them: a scene
  // stopped in between (a level started at once after the switch) is not brought back over the
  // level. Picked at once, the title's queued restart ran after the level had started, and the
  // title came back up over a level that never ticked.
  let pending = false;
  const redraw = (): void => {
    if (pending) return;
    pending = true;
    game.events.once(Phaser.Core.Events.PRE_STEP, () => {
      pending = false;
      for (const scene of game.scene.getScenes(false)) {
        const key = scene.scene.key;
        if (TEXT_SCENES.has(key) && (scene.sys.isActive() || scene.sys.isPaused())) scene.scene.restart();
      }
    });
  };
  const stopLanguage = onLanguageChanged(redraw);
  const stopTextSize = onSettingsChanged((next, previous) => {
    if (next.accessibility.textSize !== previous.accessibility.textSize) redraw();
  });
  return () => {
    stopLanguage();
    stopTextSize();
  };
}
