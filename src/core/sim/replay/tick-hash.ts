/**
 * A hash of what changes from tick to tick — the tick, the status, the RNG, each student's and each
 * zombie's position, facing, health and what it is doing — cheap enough to take after every tick
 * while playing (the full `stateHash` serialises the whole state: 0.3 ms on level 1, 3 ms with 500
 * zombies; this walks the bodies once). Two runs that drift apart differ here within a tick or two
 * of the drift, since everything else feeds into where the bodies go; the rolling record
 * (rolling-record.ts) also keeps the full state hash every couple of seconds.
 *
 * Numbers are hashed by their IEEE 754 bits (FNV-1a over 32-bit words), so 0.1 + 0.2 and 0.3 differ.
 */

import type { World } from '../../state/world';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixWord(hash: number, word: number): number {
  return Math.imul(hash ^ word, FNV_PRIME) >>> 0;
}

/** Mixes numbers into a hash by their IEEE 754 bits, through an 8-byte buffer of its own. */
function numberMixer(): (hash: number, value: number) => number {
  const bits = new DataView(new ArrayBuffer(8));
  return (hash, value) => {
    bits.setFloat64(0, value, true);
    return mixWord(mixWord(hash, bits.getUint32(0, true)), bits.getUint32(4, true));
  };
}

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = mixWord(h, text.charCodeAt(i));
  return h;
}

export function tickHash(world: World): string {
  const mixNumber = numberMixer();
  let h = mixNumber(FNV_OFFSET, world.tick);
  h = mixText(h, world.status);
  h = mixNumber(h, world.rng.state());
  h = mixNumber(h, world.controlledId);
  for (const s of world.students) {
    h = mixNumber(h, s.x);
    h = mixNumber(h, s.y);
    h = mixNumber(h, s.facingX);
    h = mixNumber(h, s.facingY);
    h = mixNumber(h, s.health);
    h = mixNumber(h, s.stamina);
    h = mixText(h, s.gait);
    h = mixWord(h, (s.down ? 1 : 0) | (s.waiting ? 2 : 0) | (s.turned ? 4 : 0) | (s.halfbie ? 8 : 0));
  }
  for (const z of world.zombies) {
    h = mixNumber(h, z.x);
    h = mixNumber(h, z.y);
    h = mixNumber(h, z.facingX);
    h = mixNumber(h, z.facingY);
    h = mixNumber(h, z.health);
    h = mixText(h, z.mode);
    h = mixNumber(h, z.targetId);
    h = mixNumber(h, z.goalX);
    h = mixNumber(h, z.goalY);
    h = mixNumber(h, z.modeTicks);
  }
  h = mixNumber(h, world.items.length);
  h = mixNumber(h, world.lures.length);
  return h.toString(16).padStart(8, '0');
}
