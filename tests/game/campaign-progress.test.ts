import { describe, expect, it } from 'vitest';
import { createCampaignProgress, levelState, PROGRESS_KEY, readProgress } from '../../src/game/campaign-progress';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}
const store = () => new MemoryStorage() as unknown as Storage & MemoryStorage;
const campaign = { levels: ['a', 'b', 'c'].map((id) => ({ id, title: id, titleKo: id })), siege: { id: 's', title: 's', titleKo: 's' } };

describe('campaign progress', () => {
  it('unlocks each level when the one before it is won, and the siege with the first win', () => {
    const progress = createCampaignProgress(store());
    const states = () => ['a', 'b', 'c', 's'].map((id) => levelState(campaign, progress.completed(), id));
    expect(states()).toEqual(['unlocked', 'locked', 'locked', 'locked']);
    progress.markCompleted('a');
    expect(states()).toEqual(['completed', 'unlocked', 'locked', 'unlocked']);
    progress.markCompleted('b');
    expect(states()).toEqual(['completed', 'completed', 'unlocked', 'unlocked']);
  });

  it('is remembered, and a damaged or foreign stored value reads as no progress', () => {
    const memory = store();
    createCampaignProgress(memory).markCompleted('a');
    expect([...readProgress(memory)]).toEqual(['a']);
    for (const bad of ['{', '[]', '{"version":2,"completed":[]}', '{"version":1,"completed":[3]}', '{"version":1,"completed":[],"__proto__":{"x":1}}']) {
      memory.setItem(PROGRESS_KEY, bad);
      expect([...readProgress(memory)], bad).toEqual([]);
    }
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('keeps progress for the visit when storage is full', () => {
    const memory = store();
    memory.full = true;
    const progress = createCampaignProgress(memory);
    progress.markCompleted('a');
    expect([...progress.completed()]).toEqual(['a']);
  });
});
