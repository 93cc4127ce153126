/**
 * Boots Phaser with the game's scenes and installs the testing hook. Sound is howler's job
 * (Phaser's audio is off), rules are the core's; this file only wires things together.
 */

import Phaser from 'phaser';
import { BootScene } from './game/scenes/boot-scene';
import { EndScene } from './game/scenes/end-scene';
import { ErrorScene } from './game/scenes/error-scene';
import { HudScene } from './game/scenes/hud-scene';
import { PlayScene } from './game/scenes/play-scene';
import { TitleScene } from './game/scenes/title-scene';
import { installLevelDevTools } from './game/level-library';
import { installTestingHook } from './game/testing-hook';
import { relabelOnLanguageChange } from './game/i18n/relabel';
import { applySettingsLive } from './game/settings/apply';

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#07090f',
  pixelArt: true,
  audio: { noAudio: true },
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: '100%',
    height: '100%',
  },
  input: { activePointers: 3 },
  scene: [BootScene, TitleScene, PlayScene, HudScene, EndScene, ErrorScene],
});

applySettingsLive();
installTestingHook(game);
relabelOnLanguageChange(game);
installLevelDevTools(game);
