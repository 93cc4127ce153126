/**
 * The Tiled project is generated from the level schema: the committed files are exactly what the
 * generator writes, and a property added to a kind in the schema shows up in the project's types.
 */

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { OBJECT_KINDS, tiledMapSchema } from '../../src/core/level/level-schema';
import { OBJECT_TYPES_FILE, objectClasses, objectTypesText, PROJECT_FILE, TEMPLATE_KINDS, templateText, tiledProjectText } from '../../tools/tiled/custom-types';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The level schema with one more custom property on the walker. */
function schemaWithWalkerProperty(): z.ZodType {
  const layers = (tiledMapSchema.shape.layers as Any).element.options as Any[];
  const changed = layers.map((layer) => {
    if (layer.shape.name.value !== 'zombies') return layer;
    const kinds = (layer.shape.objects.element.options as Any[]).map((kind) => {
      if (kind.shape.type.value !== 'walker') return kind;
      const rage = z.strictObject({ name: z.literal('rage'), type: z.literal('int').optional(), value: z.int().min(0).max(9).meta({ default: 3 }) });
      return kind.extend({ properties: z.array(z.discriminatedUnion('name', [rage])).optional() });
    });
    return layer.extend({ objects: z.array(z.discriminatedUnion('type', kinds as [Any, ...Any[]])) });
  });
  return tiledMapSchema.extend({ layers: z.array(z.discriminatedUnion('name', changed as [Any, ...Any[]])) });
}

describe('the Tiled project', () => {
  it('is committed exactly as generated (run `npm run levels:tiled` after changing the level schema)', () => {
    expect(readFileSync(PROJECT_FILE, 'utf8')).toBe(tiledProjectText(tiledMapSchema));
    expect(readFileSync(OBJECT_TYPES_FILE, 'utf8')).toBe(objectTypesText(tiledMapSchema));
    for (const kind of TEMPLATE_KINDS) expect(readFileSync(`levels/templates/${kind}.tx`, 'utf8')).toBe(templateText(kind));
  });

  it('has an object class for every kind of every object layer, with its properties and defaults', () => {
    const project = JSON.parse(tiledProjectText(tiledMapSchema)) as {
      propertyTypes: { name: string; type: string; useAs?: string[]; members?: { name: string; value: unknown; propertyType?: string }[]; values?: string[] }[];
    };
    const classes = project.propertyTypes.filter((type) => type.type === 'class');
    expect(classes.map((c) => c.name).sort()).toEqual(Object.values(OBJECT_KINDS).flat().sort());
    for (const c of classes) expect(c.useAs).toEqual(['object']);
    const lamp = classes.find((c) => c.name === 'lamp')!;
    expect(lamp.members).toEqual([
      { name: 'radius', type: 'float', value: 5 },
      { name: 'brightness', type: 'float', value: 1 },
      { name: 'on', type: 'bool', value: true },
    ]);
    expect(classes.find((c) => c.name === 'window')!.members!.find((m) => m.name === 'strength')!.value).toBe(20);
    expect(classes.find((c) => c.name === 'activate')!.members!.find((m) => m.name === 'device')).toMatchObject({ propertyType: 'device', value: 'switch' });
    expect(project.propertyTypes.find((t) => t.name === 'device')!.values).toContain('piano');
  });

  it('registers levels:check on the open map as a Tiled command', () => {
    const project = JSON.parse(tiledProjectText(tiledMapSchema)) as { commands: { command: string; arguments: string; workingDirectory: string; saveBeforeExecute: boolean }[] };
    expect(project.commands).toContainEqual(expect.objectContaining({ command: 'npm', arguments: 'run levels:check -- %mapfile', workingDirectory: '%projectpath/..', saveBeforeExecute: true }));
  });

  it('shows a property added to a zombie kind in the schema once regenerated', () => {
    const schema = schemaWithWalkerProperty();
    expect(objectClasses(schema).find((c) => c.kind === 'walker')!.members).toEqual([{ name: 'rage', type: 'int', value: 3 }]);
    const project = JSON.parse(tiledProjectText(schema)) as { propertyTypes: { name: string; members?: unknown[] }[] };
    expect(project.propertyTypes.find((t) => t.name === 'walker')!.members).toEqual([{ name: 'rage', type: 'int', value: 3 }]);
    expect(objectTypesText(schema)).toContain('"rage"');
    expect(tiledProjectText(schema)).not.toBe(readFileSync(PROJECT_FILE, 'utf8'));
  });
});
