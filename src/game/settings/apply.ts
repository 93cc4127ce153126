/**
 * Settings that take effect outside any one scene: sound volumes and captions (the sound board),
 * and the language. Installed once at start; follows every change.
 */

import { soundBoard } from '../audio/sound-board';
import { detectLanguage, setLanguage } from '../i18n/i18n';
import { followSettings } from './settings';

export function applySettingsLive(): () => void {
  return followSettings((settings) => {
    const board = soundBoard();
    board.setVolumes(settings.volume);
    board.setCaptions(settings.accessibility.captions);
    setLanguage(settings.language === 'auto' ? detectLanguage() : settings.language);
  });
}
