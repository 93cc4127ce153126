/**
 * The built game keeps a strict Content-Security-Policy: scripts only from its own origin, and no
 * code made from strings anywhere in the bundle (zod runs jitless for this).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const html = readFileSync('dist/index.html', 'utf8');
const scripts = readdirSync('dist/assets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(join('dist/assets', name), 'utf8') }));

describe('the built game', () => {
  it('declares a strict Content-Security-Policy', () => {
    // The meta tag's attributes may stand on lines of their own (the HTML is formatted).
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // No WebSockets in the built game (the dev server adds `ws:` for hot reload only).
    expect(policy).not.toMatch(/\bwss?:/);
  });

  it('contains no eval or new Function in any script', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const { name, code } of scripts) {
      expect(code.match(/\beval\s*\(/g), name).toBeNull();
      expect(code.match(/new\s+Function\s*\(/g), name).toBeNull();
    }
  });
});
