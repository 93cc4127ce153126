/**
 * `?edit=<id or path>`: opens a level in the preview scene instead of playing it. Loaded as its own
 * chunk (a dynamic import in main.ts) only when the address asks for it, so players never download
 * it. In the dev server, saving the level's file rebuilds the preview in place (camera and clicked
 * tile kept); a broken save shows the error screen and the preview comes back once it is fixed.
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import type { LevelResult } from '../../core';
import { loadLevelFile, onLevelChanged, openRequested } from '../level-library';
import { appOf } from '../app-state';
import { EditScene, type EditSceneData } from './edit-scene';

export function startEditMode(game: Phaser.Game, requested: string): void {
  const app = appOf(game);
  if (game.scene.getScene('edit') === null) game.scene.add('edit', EditScene, false);
  let file: string | undefined;
  let builds = 0;

  const show = (result: LevelResult<Level>): void => {
    const current = game.scene.getScene('edit') as EditScene | null;
    const carried = current?.sys.isActive() === true ? { view: current.view(), clicked: current.clickedTile() } : {};
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    app.screen = 'boot';
    if (result.ok) {
      builds++;
      const data: EditSceneData = { level: result.level, builds, ...carried };
      game.scene.start('edit', data);
    } else {
      app.edit = undefined;
      app.errors = result.errors;
      game.scene.start('error');
    }
  };

  onLevelChanged((change) => {
    if (change.file !== file || (app.screen !== 'edit' && app.screen !== 'error')) return;
    show(change.exists ? (loadLevelFile(change.file) ?? gone(change.file)) : gone(change.file));
  });

  const open = (): void => {
    void openRequested(requested).then((result) => {
      file = result.file;
      show(result.level);
    });
  };
  if (app.screen === 'title') setTimeout(open, 0);
  else {
    const atTitle = (screen: string): void => {
      if (screen !== 'title') return;
      app.onScreen.delete(atTitle);
      setTimeout(open, 0); // let the title scene finish creating before replacing it
    };
    app.onScreen.add(atTitle);
  }
}

const gone = (file: string): LevelResult<Level> => ({ ok: false, errors: [{ file, path: [], message: 'level file was deleted (got no file; expected the level file to exist)' }] });
