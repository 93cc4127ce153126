import { describe, expect, it } from 'vitest';
import { byteProgress, trackBytes, type LoaderEvents } from '../../src/game/scenes/load-progress';

describe('loading bar', () => {
  it('counts bytes, not files: one big file half loaded outweighs a small one done', () => {
    expect(byteProgress([])).toBe(0);
    const share = byteProgress([
      { loaded: 50_000, total: 100_000, done: false },
      { loaded: 1_000, total: 1_000, done: true },
    ]);
    expect(share).toBeCloseTo(51_000 / 101_000, 6);
  });

  it('counts a file of unknown size as the average known size, and done ones in full', () => {
    expect(
      byteProgress([
        { loaded: 0, total: 0, done: false },
        { loaded: 100, total: 100, done: true },
      ]),
    ).toBeCloseTo(0.5, 6);
    expect(
      byteProgress([
        { loaded: 0, total: 0, done: true },
        { loaded: 0, total: 0, done: false },
      ]),
    ).toBeCloseTo(0.5, 6);
    expect(byteProgress([{ loaded: 0, total: 0, done: true }])).toBe(1);
  });

  it("follows a loader's events up to 1, ignoring a multi-file's own completion", () => {
    const handlers = new Map<string, (...args: unknown[]) => void>();
    const loader = { on: (event: string, listener: (...args: unknown[]) => void) => handlers.set(event, listener) } as unknown as LoaderEvents;
    const seen: number[] = [];
    trackBytes(loader, (share) => seen.push(share));
    const image = { key: 'atlas', type: 'image', bytesLoaded: 0, bytesTotal: 0 };
    const json = { key: 'atlas', type: 'json', bytesLoaded: 0, bytesTotal: 0 };
    handlers.get('addfile')!('atlas', 'image', loader, image);
    handlers.get('addfile')!('atlas', 'json', loader, json);
    handlers.get('fileprogress')!({ ...image, bytesLoaded: 30_000, bytesTotal: 90_000 });
    handlers.get('fileprogress')!({ ...json, bytesLoaded: 10_000, bytesTotal: 10_000 });
    expect(seen.at(-1)).toBeCloseTo(0.4, 6);
    handlers.get('filecomplete')!('atlas', 'json');
    handlers.get('filecomplete')!('atlas', 'atlasjson');
    expect(seen.at(-1)).toBeCloseTo(0.4, 6);
    handlers.get('filecomplete')!('atlas', 'image');
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
