import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '../../src/core/sim/replay/loss-cause';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { setLanguage } from '../../src/game/i18n/i18n';
import { markLabel, storyLines } from '../../src/game/loss-story-text';

const snapshot = {
  students: [
    { id: 0, name: 'Min-jun' },
    { id: 1, name: 'Seo-yeon' },
  ],
} as unknown as Snapshot;
const saw: Detection = { tick: 10, zombieId: 2, sense: 'sight', fromTileX: 4, fromTileY: 4, tileX: 5, tileY: 4, studentId: 1 };

describe('the words for what got them', () => {
  afterEach(() => setLanguage('en'));

  it('name the students as the HUD does, in Korean too, and count one tile as one', () => {
    const story = { falls: [{ studentId: 1, tick: 20 }], culprit: { zombieId: 2, kind: 'walker' }, chain: [saw], detections: [saw] } as never;
    expect(storyLines(story, snapshot)).toEqual(['Seo-yeon fell to Walker #3.', 'It first saw Seo-yeon, 1 tile away.']);
    expect(markLabel(saw, snapshot)).toBe('saw Seo-yeon');
    setLanguage('ko');
    const lines = storyLines(story, snapshot);
    expect(lines.join(' ')).not.toMatch(/Seo-yeon/);
    expect(lines[1]).toContain('1칸');
    expect(markLabel(saw, snapshot)).not.toMatch(/Seo-yeon/);
  });

  it('name infection when the last student turned, and what slows it, in Korean too', () => {
    const story = { falls: [{ studentId: 1, tick: 20, turned: true }], chain: [], detections: [] } as never;
    const lines = storyLines(story, snapshot);
    expect(lines[0]).toBe('Seo-yeon turned: the infection from a bite or scratch ran its course.');
    expect(lines[1]).toMatch(/Antiseptic/);
    setLanguage('ko');
    const korean = storyLines(story, snapshot);
    expect(korean[0]).toContain('감염');
    expect(korean[1]).toContain('소독약');
  });

  it('name each bite that infected a student who turned: when, which kind, on which level, in Korean too', () => {
    const bites = [
      { levelId: '01-classroom-wing', minute: 17 * 60 + 5, kind: 'walker', wound: 'scratch' },
      { levelId: '02-science-wing', minute: 24 * 60 + 18 * 60 + 42, kind: 'runner', wound: 'bite' },
    ];
    const story = { falls: [{ studentId: 0, tick: 20, turned: true, bites }], chain: [], detections: [] } as never;
    expect(storyLines(story, snapshot)).toEqual([
      'Min-jun turned: the infection from a bite or scratch ran its course.',
      'Walker scratch at 17:05, Classroom 2-5.',
      'Runner bite at 18:42, Science wing.',
      "Antiseptic slows an infection and can cure a fresh scratch; the nurse's helper's works best.",
    ]);
    setLanguage('ko');
    const korean = storyLines(story, snapshot);
    expect(korean[2]).toBe('18:42, 과학동: 달리는 좀비에게 물림.');
    expect(korean.join(' ')).not.toMatch(/[A-Za-z]/);
  });
});
