/**
 * Level select: the campaign of levels/campaign.json in order, then the siege, each locked, open
 * or won (src/game/campaign-progress.ts). Arrow keys and Enter, or a tap on an open level, play
 * it; Esc goes back to the title. Owns no rules: the core plays, the progress module remembers.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { campaignProgress, levelState, type LevelState } from '../campaign-progress';
import { language, t } from '../i18n/i18n';
import { loadCampaign } from '../level-library';
import { FONT } from '../render/textures';
import { appOf, setScreen } from '../app-state';

export interface LevelSelectEntry {
  id: string;
  title: string;
  state: LevelState;
  siege: boolean;
}

const COLOURS: Record<LevelState, string> = { locked: '#5d6673', unlocked: '#f2ede4', completed: '#8fe3a8' };

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
  private cursor = 0;

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
    const heading = this.add.text(0, 0, t('levelSelect.heading'), { fontFamily: FONT, fontStyle: 'bold', fontSize: '36px', color: '#f2ede4', stroke: '#05070a', strokeThickness: 6 }).setOrigin(0.5, 0);
    const hint = this.add.text(0, 0, t('levelSelect.hint'), { fontFamily: FONT, fontSize: '15px', color: '#b8c4d2' }).setOrigin(0.5, 1);
    this.cursor = Math.max(
      0,
      entries.findIndex((entry) => entry.state === 'unlocked'),
    );
    const rows = entries.map((entry, i) => {
      const number = entry.siege ? t('levelSelect.siege') : `${i + 1}.`;
      const row = this.add
        .text(0, 0, `${number} ${entry.title}  —  ${t(`levelSelect.${entry.state}`)}`, { fontFamily: FONT, fontSize: '20px', color: COLOURS[entry.state], padding: { x: 10, y: 4 } })
        .setOrigin(0.5, 0)
        .setInteractive({ useHandCursor: entry.state !== 'locked' });
      row.on('pointerdown', () => this.play(entries, i));
      row.on('pointerover', () => this.select(rows, entries, i));
      return row;
    });
    const layout = (): void => {
      const { width, height } = this.scale;
      const scale = Math.min(1, width / 640, height / 520);
      heading.setPosition(width / 2, 24 * scale).setScale(scale);
      const rowHeight = 34 * scale;
      const top = Math.max(80 * scale, (height - rows.length * rowHeight) / 2);
      rows.forEach((row, i) => row.setPosition(width / 2, top + i * rowHeight).setScale(scale));
      hint.setPosition(width / 2, height - 12).setScale(Math.max(0.8, scale));
    };
    layout();
    this.select(rows, entries, this.cursor);
    this.scale.on('resize', layout);
    this.events.once('shutdown', () => this.scale.off('resize', layout));
    const keyboard = this.input.keyboard;
    keyboard?.on('keydown-UP', () => this.select(rows, entries, (this.cursor + rows.length - 1) % rows.length));
    keyboard?.on('keydown-DOWN', () => this.select(rows, entries, (this.cursor + 1) % rows.length));
    keyboard?.on('keydown-ENTER', () => this.play(entries, this.cursor));
    keyboard?.once('keydown-ESC', () => this.scene.start('title'));
  }

  private select(rows: Phaser.GameObjects.Text[], entries: LevelSelectEntry[], index: number): void {
    this.cursor = index;
    rows.forEach((row, i) => row.setBackgroundColor(i === index ? '#263246' : '#00000000').setColor(COLOURS[entries[i]!.state]));
  }

  private play(entries: LevelSelectEntry[], index: number): void {
    const entry = entries[index];
    if (entry === undefined || entry.state === 'locked') {
      soundBoard().playUi('ui-back');
      return;
    }
    soundBoard().unlock();
    soundBoard().playUi('ui-confirm');
    appOf(this.game).campaign = undefined; // a chosen level starts fresh, with that level's own group
    this.scene.start('play', { levelId: entry.id, seed: Date.now() % 1_000_000 });
  }
}
