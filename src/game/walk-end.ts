/**
 * Why a tapped walk ended short of the tile tapped, said where the player looks (over the student):
 * on a phone a walk stopped without a word when a zombie came into sight, when there was no way
 * there, when a door on the way would not open, or when it could get no closer (the core walks
 * towards a tile it cannot reach as far as the way goes, walk-to.ts). A walk the
 * player ends (a key, the stick, another tap) or that reaches its tile says nothing; a switch of
 * student or a fall is told by the banner already. Pure: it reads the commands sent, the core's
 * events and the snapshot after each tick.
 */

import type { Command, SimEvent, Snapshot } from '../core';

export type WalkEnd = 'zombie' | 'noWay' | 'door' | 'blocked';

/** Tiles from the tapped tile's centre that count as there. */
const THERE_TILES = 1;

export class TappedWalk {
  private target: { tileX: number; tileY: number } | null = null;
  private started = false;

  /** One tick: the commands sent, its events, and the latest snapshot; returns why the walk ended short, when it just did. */
  tick(commands: readonly Command[], events: readonly SimEvent[], snapshot: Snapshot): WalkEnd | undefined {
    for (const command of commands) {
      if (command.type === 'walkTo') [this.target, this.started] = [{ tileX: command.tileX, tileY: command.tileY }, false];
      else if (command.type === 'move' && (command.dx !== 0 || command.dy !== 0)) this.target = null;
    }
    if (this.target === null) return undefined;
    for (const event of events) {
      if (event.type === 'walkStopped') return this.end('zombie');
      if (event.type === 'commandRejected' && event.reason.startsWith('no way to tile')) return this.end('noWay');
      if (event.type === 'controlPassed' || event.type === 'studentSwitched' || event.type === 'studentDowned') return this.end(undefined);
    }
    const me = snapshot.students.find((s) => s.controlled);
    if (me === undefined || me.down) return this.end(undefined);
    if (me.walking) {
      this.started = true;
      return undefined;
    }
    // The snapshot may be a tick or two old: a walk not seen under way yet has not ended.
    if (!this.started) return undefined;
    const { tileX, tileY } = this.target;
    if (Math.hypot(tileX + 0.5 - me.x, tileY + 0.5 - me.y) <= THERE_TILES) return this.end(undefined);
    const shut = snapshot.doors.some((d) => (d.state === 'locked' || d.barricade > 0) && Math.abs(d.tileX + 0.5 - me.x) <= 1.5 && Math.abs(d.tileY + 0.5 - me.y) <= 1.5);
    return this.end(shut ? 'door' : 'blocked');
  }

  private end(why: WalkEnd | undefined): WalkEnd | undefined {
    this.target = null;
    return why;
  }
}
