/**
 * Barricades: a student builds or repairs one on the nearest door or window from carried planks,
 * chairs or desks (a loud, hammering action). The doors and windows themselves, with their
 * barricade health, are the world's door list.
 */

import type { TickContext } from '../world/tick-context';
import type { Student } from '../world/world';

export function buildBarricade(_context: TickContext, _student: Student): string | undefined {
  return 'this school has no doors or windows to barricade yet';
}
