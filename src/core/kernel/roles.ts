/**
 * Roles: what each student is good at. A level names a student's role with the `role` property;
 * left out, students take the roles in ROLES order by their place in the layer.
 *
 * - leader (class president): nearby students recover morale faster and grieve less;
 * - athlete (baseball player): hits harder, knocks back further, sprints faster for less stamina, carries more;
 * - archer (archery club): the bow hits every time and kills quietly; others miss half their shots;
 * - science (science club): crafts quietly and makes weapons that last longer;
 * - broadcaster (broadcasting club): runs the PA console, and the phone lasts longer in their hands;
 * - nurse (nurse's helper): medicine works better, antiseptic slows an infection more.
 */

export const ROLES = ['leader', 'athlete', 'nurse', 'archer', 'science', 'broadcaster'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export interface RoleTuning {
  /** Shown in the HUD and camp. */
  title: string;
  carryKg: number;
  meleeDamageBonus: number;
  knockbackFactor: number;
  runSpeedFactor: number;
  runStaminaFactor: number;
  /** Chance a bow shot hits (seeded roll). */
  bowHitChance: number;
  medicineFactor: number;
  craftNoiseFactor: number;
  craftedDurabilityFactor: number;
  phoneDrainFactor: number;
  /** Time it takes to push a piece of furniture one tile (×). */
  pushTicksFactor: number;
}

const BASE: RoleTuning = {
  title: '',
  carryKg: 10,
  meleeDamageBonus: 0,
  knockbackFactor: 1,
  runSpeedFactor: 1,
  runStaminaFactor: 1,
  bowHitChance: 0.5,
  medicineFactor: 1,
  craftNoiseFactor: 1,
  craftedDurabilityFactor: 1,
  phoneDrainFactor: 1,
  pushTicksFactor: 1,
};

export const ROLE: Record<Role, RoleTuning> = {
  leader: { ...BASE, title: 'Class president' },
  athlete: { ...BASE, title: 'Baseball player', carryKg: 15, meleeDamageBonus: 1, knockbackFactor: 1.5, runSpeedFactor: 1.15, runStaminaFactor: 0.7, pushTicksFactor: 0.6 },
  nurse: { ...BASE, title: "Nurse's helper", medicineFactor: 1.5 },
  archer: { ...BASE, title: 'Archery club', bowHitChance: 1 },
  science: { ...BASE, title: 'Science club', craftNoiseFactor: 0.4, craftedDurabilityFactor: 1.5 },
  broadcaster: { ...BASE, title: 'Broadcasting club', phoneDrainFactor: 0.5 },
};

/** The role a student spawn takes when the level names none. */
export const defaultRole = (index: number): Role => ROLES[index % ROLES.length]!;

/** Whether this student can run the school's PA console (the broadcasting club knows how). */
export const canRunPa = (role: Role): boolean => role === 'broadcaster';
