/**
 * What a zombie shows above its head, read from its mind's mode: nothing, "?" or "!".
 */

import type { ZombieMode } from '../../state/world';

/** What a zombie shows above its head: nothing, "?" or "!". */
export type Awareness = 'unaware' | 'suspicious' | 'hunting';

export function awarenessOf(mode: ZombieMode): Awareness {
  if (mode === 'chase' || mode === 'attack' || mode === 'bash') return 'hunting';
  if (mode === 'investigate' || mode === 'search') return 'suspicious';
  return 'unaware';
}
