/** Save notices and problems in the player's language (the English detail goes to the console). */

import { t, type PlainKey } from '../i18n/i18n';
import type { SaveProblem } from './envelope';
import type { SaveNotice } from './save-status';
import { keptForLater, type SlotId } from './store';

export function slotName(slot: SlotId | 'file'): string {
  if (slot === 'auto') return t('saves.auto');
  if (slot === 'file') return t('saves.import');
  return t('saves.slot', { n: slot.slice(-1) });
}

const REASONS: Record<SaveProblem['kind'] | 'blocked', PlainKey> = {
  corrupt: 'saves.reasonCorrupt',
  version: 'saves.reasonVersion',
  invalid: 'saves.reasonInvalid',
  empty: 'saves.reasonEmpty',
  blocked: 'saves.reasonBlocked',
  level: 'saves.reasonLevel',
  outdated: 'saves.reasonOutdated',
};

export function problemText(problem: SaveProblem | { kind: 'blocked'; detail: string }): string {
  return t(REASONS[problem.kind]);
}

export function noticeText(notice: SaveNotice): string {
  switch (notice.kind) {
    case 'writeFailed':
      return t(notice.reason === 'quota' ? 'saves.quota' : notice.reason === 'blocked' ? 'saves.blocked' : 'saves.failed');
    case 'usedBackup':
      return t(keptForLater(notice.problem) ? 'saves.usedBackupKept' : 'saves.usedBackup', { slot: slotName(notice.slot), reason: problemText(notice.problem) });
    case 'keptAside':
      return t('saves.keptAside', { slot: slotName(notice.slot), reason: problemText(notice.problem) });
    case 'keptExported':
      return t('saves.keptExported', { count: notice.count });
    case 'loadFailed':
      return t('saves.loadFailed', { slot: notice.slot === 'file' ? t('saves.theFile') : slotName(notice.slot), reason: problemText(notice.problem) });
    case 'saved':
      return t('saves.saved', { slot: slotName(notice.slot) });
    case 'imported':
      return t('saves.imported');
    case 'migrated':
      return t('saves.migrated', { slot: notice.slot === 'file' ? t('saves.theFile') : slotName(notice.slot) });
    case 'campaignDropped':
      return t('saves.campaignDropped', { reason: notice.detail });
    case 'exported':
      return t('saves.exported', { file: notice.file });
  }
}
