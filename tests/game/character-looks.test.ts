import { describe, expect, it } from 'vitest';
import { ZOMBIE_KINDS } from '../../src/core/kernel/tuning';
import { bodyFrame, bodyOriginY, grabCue, LUNGE_POSE_TICKS, zombieLook } from '../../src/game/render/character-looks';

const still = { facing: 'left' as const, moving: false, swinging: false, hurt: false };

describe('character looks', () => {
  it('give every zombie kind a body of its own, whatever its id', () => {
    const looks = ZOMBIE_KINDS.map((kind) => new Set([0, 1, 2, 3, 4, 5].map((id) => zombieLook({ id, kind }))));
    // non-walkers wear one body each; walkers vary, but never wear another kind's body
    const own = looks.filter((_, i) => ZOMBIE_KINDS[i] !== 'walker').map((set) => [...set]);
    for (const set of own) expect(set.length).toBe(1);
    const walkers = looks[ZOMBIE_KINDS.indexOf('walker')]!;
    expect(new Set(own.flat()).size).toBe(own.length);
    for (const look of own.flat()) expect(walkers.has(look)).toBe(false);
  });

  it('crouch a sneaking student, still and mid step, but not in a swing or a hit', () => {
    expect(bodyFrame('student-girl', still, false, 0, true)).toBe('char/student-girl/left/crouch');
    const stepping = new Set([0, 140, 280].map((ms) => bodyFrame('student-girl', { ...still, moving: true }, false, ms, true)));
    expect(stepping).toEqual(new Set(['char/student-girl/left/crouch-step', 'char/student-girl/left/crouch']));
    expect(bodyFrame('student-girl', { ...still, swinging: true }, false, 0, true)).toBe('char/student-girl/left/attack');
    expect(bodyFrame('student-girl', still, false, 0, false)).toBe('char/student-girl/left/stand');
    // zombies have no crouch
    expect(bodyFrame('zombie-student', still, false, 0, true)).toBe('char/zombie-student/left/stand');
  });

  it('stand every body on the same feet, however tall its frame', () => {
    expect(bodyOriginY(16)).toBe(0.5);
    expect(18 * (1 - bodyOriginY(18))).toBe(16 * (1 - bodyOriginY(16)));
  });

  it('show a bite being wound up: a blinking mark from the start of the lunge, the lunge pose at its end, nothing out of reach', () => {
    expect(grabCue(null, 0)).toEqual({ mark: false, lunge: false });
    const marks = [0, 100, 200, 300, 400, 500].map((ms) => grabCue(20, ms).mark);
    expect(marks).toContain(true);
    expect(marks).toContain(false);
    expect(grabCue(20, 0).lunge).toBe(false);
    expect(grabCue(LUNGE_POSE_TICKS, 0).lunge).toBe(true);
  });
});
