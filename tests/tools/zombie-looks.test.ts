/**
 * Every zombie kind reads as a zombie at phone size (tools/art/characters.ts): red eyes no
 * student has, and no zombie body in a student's clothes colours — a runner once wore the green
 * hoodie of student-boy-4 and was taken for a student.
 */

import { describe, expect, it } from 'vitest';
import { LOOKS, characterFrameCanvas } from '../../tools/art/characters';
import { PALETTE as P } from '../../tools/art/palette';
import { STUDENT_LOOKS } from '../../src/game/render/atlas-layout';
import { ZOMBIE_KINDS } from '../../src/core/kernel/tuning';
import { zombieLook } from '../../src/game/render/character-looks';

const zombieLooks = [...new Set(ZOMBIE_KINDS.filter((kind) => kind !== 'hunter').flatMap((kind) => [0, 1, 2, 3, 4, 5].map((id) => zombieLook({ id, kind }))))];
const eyeRed = (look: (typeof zombieLooks)[number]): number => characterFrameCanvas(look, 'down', 'stand').pixels.filter((c) => c === P.bloodBright).length;

describe('zombie looks', () => {
  it('give every zombie red eyes, drawn on its standing frame, and no student', () => {
    for (const look of zombieLooks) {
      expect(LOOKS[look].eyes, look).toBe(P.bloodBright);
      expect(eyeRed(look), look).toBeGreaterThanOrEqual(2);
    }
    for (const look of STUDENT_LOOKS) expect(LOOKS[look].eyes, look).not.toBe(P.bloodBright);
  });

  it('dress no non-walker zombie in a student top', () => {
    const studentTops = new Set(STUDENT_LOOKS.map((look) => `${LOOKS[look].top}:${LOOKS[look].topColour.join()}`));
    for (const kind of ['runner', 'brute', 'crawler'] as const) {
      const look = LOOKS[zombieLook({ id: 0, kind })];
      expect(studentTops.has(`${look.top}:${look.topColour.join()}`), kind).toBe(false);
    }
  });
});
