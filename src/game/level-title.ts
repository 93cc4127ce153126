/**
 * A level's title in the player's language, for lists that know only its id (save slots,
 * Continue): the campaign's title (as level select shows it), else the level file's own
 * `title` / `titleKo`, else the id itself for a level this game does not have.
 */

import { language } from './i18n/i18n';
import { loadCampaign, loadLevel } from './level-library';

export function levelTitle(id: string): string {
  const korean = language() === 'ko';
  const campaign = loadCampaign();
  if (campaign.ok) {
    const entry = [...campaign.campaign.levels, ...(campaign.campaign.siege === undefined ? [] : [campaign.campaign.siege])].find((level) => level.id === id);
    if (entry !== undefined) return korean ? entry.titleKo : entry.title;
  }
  const level = loadLevel(id);
  if (!level.ok) return id;
  return korean ? (level.level.titleKo ?? level.level.title) : level.level.title;
}
