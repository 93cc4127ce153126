/**
 * A wounded zombie's toughness, under its feet: one pip for each blow it can still take, out of
 * the blows it took to down when whole (so a walker struck once shows two of three). New players
 * could not tell whether their blows did anything or how many more a walker needed; the pips say
 * it without a number. A zombie not yet struck, or down, shows none. Tough kinds (a brute, the
 * halfbie hunter) show their share of `MAX_PIPS` rather than a row too long to read.
 */

import type Phaser from 'phaser';
import { ZOMBIE, type ZombieView } from '../../core';

/** The longest row of pips; tougher zombies show their health as a share of it. */
export const MAX_PIPS = 6;
const PIP = { width: 3, height: 2, gap: 1, below: 4 } as const;
const COLOURS = { left: 0xff6b5e, spent: 0x2a2f3a, edge: 0x0b0f1a } as const;

/** The pips a zombie shows: how many are left of how many, or null when it shows none. */
export function toughnessPips(zombie: Pick<ZombieView, 'kind' | 'health' | 'mode'>): { left: number; of: number } | null {
  const whole = ZOMBIE[zombie.kind].health;
  if (zombie.mode === 'down' || zombie.health <= 0 || zombie.health >= whole) return null;
  if (whole <= MAX_PIPS) return { left: zombie.health, of: whole };
  return { left: Math.max(1, Math.ceil((zombie.health / whole) * MAX_PIPS)), of: MAX_PIPS };
}

/** Draws every shown zombie's pips with one graphics object, cleared each frame. */
export class ToughnessPips {
  private readonly graphics: Phaser.GameObjects.Graphics;
  /** Zombies given pips this frame (for the testing hook). */
  shown = 0;

  constructor(scene: Phaser.Scene, depth: number) {
    this.graphics = scene.add.graphics().setDepth(depth);
  }

  clear(): void {
    this.graphics.clear();
    this.shown = 0;
  }

  /** Adds the pips of a zombie drawn at (x, y), world px at its feet. */
  add(zombie: Pick<ZombieView, 'kind' | 'health' | 'mode'>, x: number, y: number): void {
    const pips = toughnessPips(zombie);
    if (pips === null) return;
    this.shown++;
    const width = pips.of * PIP.width + (pips.of - 1) * PIP.gap;
    const left = Math.round(x - width / 2);
    const top = Math.round(y + PIP.below);
    this.graphics.fillStyle(COLOURS.edge, 0.85).fillRect(left - 1, top - 1, width + 2, PIP.height + 2);
    for (let i = 0; i < pips.of; i++) {
      this.graphics.fillStyle(i < pips.left ? COLOURS.left : COLOURS.spent, 1).fillRect(left + i * (PIP.width + PIP.gap), top, PIP.width, PIP.height);
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
