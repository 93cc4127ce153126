/**
 * Boots Phaser with the game's scenes and installs the testing hook. Sound is howler's job
 * (Phaser's audio is off), rules are the core's; this file only wires things together.
 */

// First: every schema made after it checks without compiling (the CSP refuses `new Function`).
import './game/zod-setup';
import Phaser from 'phaser';
import { BootScene } from './game/scenes/boot-scene';
import { EndScene } from './game/scenes/end-scene';
import { ErrorScene } from './game/scenes/error-scene';
import { HudScene } from './game/scenes/hud-scene';
import { PlayScene } from './game/scenes/play-scene';
import { TitleScene } from './game/scenes/title-scene';
import { LevelSelectScene } from './game/scenes/level-select-scene';
import { PauseScene } from './game/scenes/pause-scene';
import { HelpScene } from './game/scenes/help-scene';
import { TouchScene } from './game/input/touch-scene';
import { installLiveLayout } from './game/layout/live-layout';
import { installAutoPause } from './game/pause';
import { SettingsScene } from './game/scenes/settings-scene';
import { CreditsScene } from './game/scenes/credits-scene';
import { EndingScene } from './game/scenes/ending-scene';
import { SavesScene } from './game/scenes/saves-scene';
import { WhatHappenedScene } from './game/scenes/what-happened-scene';
import { WhatHappenedPanel } from './game/scenes/what-happened-panel';
import { requestPersistence } from './game/save/store';
import { countKeyEventsOnce } from './game/input/key-events';
import { installLevelDevTools } from './game/level-library';
import { installTestingHook } from './game/testing-hook';
import { relabelOnLanguageChange } from './game/i18n/relabel';
import { applySettingsLive } from './game/settings/apply';
import { TIME_STEP } from './game/time-step';
import { installAppState } from './game/app-state';

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#07090f',
  pixelArt: true,
  audio: { noAudio: true },
  // The canvas fills the window in any orientation, 1 game px per CSS px; scenes lay themselves
  // out for the size (src/game/layout). Fullscreen goes through Phaser's scale manager.
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: '100%',
    height: '100%',
    fullscreenTarget: 'game',
  },
  // Five fingers: the stick, attack and a button or two at once. Gamepads through Phaser's plugin.
  input: { activePointers: 5, gamepad: true },
  // Full speed from a level's first frame, also on a slow device (src/game/time-step.ts).
  fps: TIME_STEP,
  // Later scenes draw over earlier ones: the touch controls over the HUD, the pause screen over all.
  // Camp comes in its own chunk when first needed (game/scenes/lazy-scenes.ts), drawn below settings.
  scene: [
    BootScene,
    TitleScene,
    LevelSelectScene,
    PlayScene,
    HudScene,
    TouchScene,
    EndScene,
    WhatHappenedScene,
    WhatHappenedPanel,
    ErrorScene,
    PauseScene,
    HelpScene,
    SettingsScene,
    SavesScene,
    CreditsScene,
    EndingScene,
  ],
});

// The app state (screen, campaign, the play running now) lives in the game's registry: first, before anything reads it.
installAppState(game);
applySettingsLive();
installLiveLayout(game);
installAutoPause(game);
countKeyEventsOnce(game);
installTestingHook(game);
relabelOnLanguageChange(game);
// Saves should outlive the browser's storage clean-ups where it allows (see src/game/save).
void requestPersistence();
installLevelDevTools(game);
// The designers' preview is its own chunk, downloaded only for ?edit=<id> (src/game/edit).
const editing = new URLSearchParams(window.location.search).get('edit');
if (editing !== null && editing !== '') void import('./game/edit/edit-mode').then((mode) => mode.startEditMode(game, editing));
