/**
 * The JSON Schema editors use is generated from the zod schema the game validates with; these
 * tests keep the committed copy, the VS Code binding and the designers' manual in step with it.
 */

import { readFileSync } from 'node:fs';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema, levelJsonSchemaText, OBJECT_KINDS } from '../../../src/core/level/level-schema';
import { KNOWN_TILESET_IMAGES, OBJECT_LAYERS, TILE_LAYERS } from '../../../src/core/level/level-words';

const SCHEMA_FILE = 'levels/schema/level.schema.json';

describe('the level JSON Schema', () => {
  it('is committed exactly as generated (run `npm run levels:schema` after changing level-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(levelJsonSchemaText());
  });

  it('is draft-07 and names every layer and object kind, so editors can offer them', () => {
    const schema = levelJsonSchema();
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    const text = JSON.stringify(schema);
    for (const name of [...TILE_LAYERS, ...OBJECT_LAYERS, ...Object.values(OBJECT_KINDS).flat(), 'solid', 'opaque', 'cost', 'title', 'look']) {
      expect(text).toContain(`"const":"${name}"`);
    }
  });

  it('is bound to levels/*.json for VS Code', () => {
    const settings = parseJsonc(readFileSync('.vscode/settings.json', 'utf8')) as { 'json.schemas': { fileMatch: string[]; url: string }[] };
    const binding = settings['json.schemas'].find((entry) => entry.url === `./${SCHEMA_FILE}`);
    expect(binding?.fileMatch).toContain('/levels/*.json');
  });
});

describe("the designers' manual (levels/README.md)", () => {
  const manual = readFileSync('levels/README.md', 'utf8');

  it('documents every layer, object kind, custom property and the tileset', () => {
    for (const name of [...TILE_LAYERS, ...OBJECT_LAYERS, ...Object.values(OBJECT_KINDS).flat(), 'solid', 'opaque', 'cost', 'title', 'look', ...KNOWN_TILESET_IMAGES]) {
      expect(manual, `levels/README.md does not mention "${name}"`).toContain(`\`${name}\``);
    }
  });

  it('shows a worked example that is itself a valid level', async () => {
    const { parseLevel } = await import('../../../src/core/level/parse-level');
    const example = /<!-- example-level -->\s*```json\n([\s\S]*?)```/.exec(manual)?.[1];
    expect(example, 'the manual has a ```json block after <!-- example-level -->').toBeDefined();
    const result = parseLevel(example!, 'levels/README.md');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
  });
});
