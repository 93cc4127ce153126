/**
 * Level select: the campaign of levels/campaign.json in order, then the siege, each locked, open
 * or won (src/game/campaign-progress.ts), as menu rows: arrow keys and Enter, or a tap on an open
 * level, play it; Esc or the back row go back to the title. Owns no rules: the core plays, the progress module remembers.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { campaignProgress, levelState, type LevelState } from '../campaign-progress';
import { language, t } from '../i18n/i18n';
import { loadCampaign } from '../level-library';
import { appOf, setScreen } from '../app-state';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen } from './menu/menu-screen';

export interface LevelSelectEntry {
  id: string;
  title: string;
  state: LevelState;
  siege: boolean;
}

/** The rows the screen shows, in order (also read by the testing hook). */
export function levelSelectEntries(): LevelSelectEntry[] | undefined {
  const result = loadCampaign();
  if (!result.ok) return undefined;
  const { campaign } = result;
  const completed = campaignProgress().completed();
  const title = (entry: { title: string; titleKo: string }): string => (language() === 'ko' ? entry.titleKo : entry.title);
  const rows = campaign.levels.map((level) => ({ id: level.id, title: title(level), state: levelState(campaign, completed, level.id), siege: false }));
  if (campaign.siege !== undefined) rows.push({ id: campaign.siege.id, title: title(campaign.siege), state: levelState(campaign, completed, campaign.siege.id), siege: true });
  return rows;
}

export class LevelSelectScene extends Phaser.Scene {
  constructor() {
    super('levels');
  }

  create(): void {
    const result = loadCampaign();
    const entries = levelSelectEntries();
    if (!result.ok || entries === undefined) {
      appOf(this.game).errors = result.ok ? [] : result.errors;
      this.scene.start('error');
      return;
    }
    setScreen(appOf(this.game), 'levels');
    this.cameras.main.setBackgroundColor('#0b0f1a');
    const back = (): void => void this.scene.start('title', { focus: 'levelSelect' });
    // A locked level is a row too (the focus stops on it, a press says no): the list reads in order.
    const items: MenuItem[] = entries.map((entry, i) => ({
      id: entry.id,
      label: () => `${entry.siege ? t('levelSelect.siege') : `${i + 1}.`} ${entry.title}`,
      value: () => t(`levelSelect.${entry.state}`),
      activate: () => this.play(entry),
    }));
    items.push({ id: 'back', label: () => t('menu.back'), activate: back });
    const first = entries.find((entry) => entry.state === 'unlocked') ?? entries[0];
    createMenuScreen(this, { heading: t('levelSelect.heading'), items, onBack: back, transparent: true, top: 0.16, width: 1040, ...(first === undefined ? {} : { focus: first.id }) });
  }

  private play(entry: LevelSelectEntry): void {
    if (entry.state === 'locked') {
      soundBoard().playUi('ui-back');
      return;
    }
    soundBoard().unlock();
    appOf(this.game).campaign = undefined; // a chosen level starts fresh, with that level's own group
    this.scene.start('play', { levelId: entry.id, seed: Date.now() % 1_000_000 });
  }
}
