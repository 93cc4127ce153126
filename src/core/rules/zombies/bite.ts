/**
 * A zombie's bite: damage from its kind's range, a wound that may infect, blood to follow, a scream
 * every zombie near enough hears, and a fall when health runs out. Walkers, runners and brutes bite
 * in zombie-update.ts; the hunter bites in hunter.ts.
 */

import { SCENT, STUDENT, ZOMBIE } from '../../kernel/tuning';
import type { Student, Zombie } from '../../state/world';
import { downStudent } from '../students/fall';
import { woundByZombie } from '../survival/infection';
import { makeNoise, type TickContext } from '../tick-context';

export function bite(context: TickContext, zombie: Zombie, target: Student): void {
  const [min, max] = ZOMBIE[zombie.kind].damage;
  const damage = context.world.rng.int(min, max);
  zombie.attackCooldown = ZOMBIE[zombie.kind].attackCooldownTicks;
  zombie.swingTicks = 6;
  target.health = Math.max(0, target.health - damage);
  target.hurtTicks = 8;
  target.bleedTicks = SCENT.bleedTicks;
  context.events.push({ type: 'studentHit', studentId: target.id, zombieId: zombie.id, damage });
  woundByZombie(context, target);
  makeNoise(context, target.x, target.y, STUDENT.hurtScreamNoiseRadius, 'scream', `student:${target.id}`);
  if (target.health === 0) downStudent(context, target);
}
