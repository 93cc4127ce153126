/**
 * The camp rules as the game asks for them: one action applied to the session's campaign by the
 * core (src/core/sim/campaign/camp.ts). Used by the camp scene's buttons and by the testing hook.
 */

import { CAMP_REST_HOURS, decide, rest, shareOut, treat, type CampResult } from '../core';
import { session } from './session';

export type CampAction = { type: 'share' } | { type: 'rest' } | { type: 'treat'; name: string } | { type: 'decide'; name: string; decision: 'quarantine' | 'leave' | 'keep' };

/** Applies one camp action to the session's campaign; returns what happened. */
export function campAct(action: CampAction): string[] {
  const campaign = session.campaign;
  if (campaign === undefined) return ['no campaign'];
  let result: CampResult;
  if (action.type === 'share') result = shareOut(campaign);
  else if (action.type === 'rest') result = rest(campaign, CAMP_REST_HOURS);
  else if (action.type === 'treat') result = treat(campaign, action.name);
  else result = decide(campaign, action.name, action.decision);
  session.campaign = result.campaign;
  session.campLog = [...result.log, ...session.campLog].slice(0, 6);
  return result.log;
}
