/**
 * The Tiled project (levels/hyosan.tiled-project) and Tiled 1.8's object types file
 * (levels/tiled/objecttypes.json), generated from the zod schema of a level (src/core/level/level-schema.ts)
 * so they never drift from what the checker accepts: one object class per kind of every object
 * layer, with its custom properties, their Tiled types, defaults and enums (role, device). Tiled 1.9
 * and later read the classes (`useAs: ["object"]`); Tiled 1.8 reads the object types file. The
 * project also registers `npm run levels:check` on the open map as a Tiled command.
 * Tiled has no field for help text: the help for each kind and property is in levels/README.md.
 */

import type { z } from 'zod';
import { LIGHT_DEFAULTS, NOISE_MAKER_LOUDNESS } from '../../src/core';
import type { tiledMapSchema } from '../../src/core';

export const PROJECT_FILE = 'levels/hyosan.tiled-project';
export const OBJECT_TYPES_FILE = 'levels/tiled/objecttypes.json';

type Schema = z.ZodType;
type Value = string | number | boolean;
interface Member {
  name: string;
  type: string;
  value: Value;
  propertyType?: string;
}
export interface ObjectClass {
  layer: string;
  kind: string;
  members: Member[];
  enums: Map<string, string[]>;
}

/** zod internals, read only: the definition of a schema. */
const def = (schema: Schema): Record<string, unknown> & { type: string } => (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
const unwrap = (schema: Schema): Schema => (def(schema).type === 'optional' ? (def(schema)['innerType'] as Schema) : schema);
const literal = (schema: Schema): string => String((def(unwrap(schema))['values'] as unknown[])[0]);
const shape = (schema: Schema): Record<string, Schema> => def(unwrap(schema))['shape'] as Record<string, Schema>;
const options = (schema: Schema): Schema[] => def(unwrap(schema))['options'] as Schema[];
const element = (schema: Schema): Schema => def(unwrap(schema))['element'] as Schema;
const metaDefault = (schema: Schema): Value | undefined => (schema as unknown as { meta(): { default?: Value } | undefined }).meta()?.default;

/** Enum values of a property's value schema (an enum, or an enum or ""), if it is one. */
function enumValues(schema: Schema): string[] | undefined {
  const d = def(schema);
  if (d.type === 'enum') return Object.values(d['entries'] as Record<string, string>);
  if (d.type === 'union') {
    const values = (d['options'] as Schema[]).flatMap((option) => enumValues(option) ?? (def(option).type === 'literal' ? (def(option)['values'] as string[]) : []));
    return values.length > 0 ? values : undefined;
  }
  return undefined;
}

/** Defaults the parser gives where the schema has none (they differ by kind). */
function kindDefault(kind: string, property: string, type: string): Value {
  if (kind in LIGHT_DEFAULTS && (property === 'radius' || property === 'brightness')) return LIGHT_DEFAULTS[kind as keyof typeof LIGHT_DEFAULTS][property];
  if (kind in NOISE_MAKER_LOUDNESS && property === 'loudness') return NOISE_MAKER_LOUDNESS[kind as keyof typeof NOISE_MAKER_LOUDNESS];
  return type === 'bool' ? false : type === 'string' ? '' : 0;
}

/** Every object kind of every object layer, with its members, in schema order. */
export function objectClasses(schema: typeof tiledMapSchema | Schema): ObjectClass[] {
  const classes: ObjectClass[] = [];
  for (const layer of options(element(shape(schema)['layers']!))) {
    const objects = shape(layer)['objects'];
    if (objects === undefined) continue;
    for (const kind of options(element(objects))) {
      const name = literal(shape(kind)['type']!);
      const members: Member[] = [];
      const enums = new Map<string, string[]>();
      const list = shape(kind)['properties'];
      const entries = list === undefined ? [] : def(element(list)).type === 'never' ? [] : options(element(list));
      for (const entry of entries) {
        const property = literal(shape(entry)['name']!);
        const type = literal(shape(entry)['type']!);
        const valueSchema = shape(entry)['value']!;
        const values = enumValues(valueSchema);
        const value =
          (name === 'window' && property === 'strength' ? 20 : undefined) ?? metaDefault(valueSchema) ?? (values !== undefined ? values[values.length - 1]! : kindDefault(name, property, type));
        const member: Member = { name: property, type, value };
        if (values !== undefined) {
          member.propertyType = property;
          enums.set(property, values);
        }
        members.push(member);
      }
      classes.push({ layer: literal(shape(layer)['name']!), kind: name, members, enums });
    }
  }
  return classes;
}

const LAYER_COLOURS: Record<string, string> = {
  students: '#ff4aa3ff',
  zombies: '#ffb4ff6a',
  items: '#ffffd60a',
  exits: '#ff34c759',
  objectives: '#ffffe27a',
  doors: '#ffc08040',
  lights: '#fffff4b0',
  noisemakers: '#ffff6ad5',
};

/** Tiled's project file, as the text committed in levels/hyosan.tiled-project. */
export function tiledProjectText(schema: typeof tiledMapSchema | Schema): string {
  const classes = objectClasses(schema);
  const enums = new Map<string, string[]>();
  for (const objectClass of classes) for (const [name, values] of objectClass.enums) enums.set(name, values);
  let id = 1;
  const propertyTypes: object[] = [...enums].map(([name, values]) => ({ id: id++, name, storageType: 'string', type: 'enum', values, valuesAsFlags: false }));
  for (const objectClass of classes) {
    propertyTypes.push({
      color: LAYER_COLOURS[objectClass.layer] ?? '#ffa0a0a4',
      drawFill: true,
      id: id++,
      members: objectClass.members.map((member) =>
        member.propertyType === undefined
          ? { name: member.name, type: member.type, value: member.value }
          : { name: member.name, propertyType: member.propertyType, type: 'string', value: member.value },
      ),
      name: objectClass.kind,
      type: 'class',
      useAs: ['object'],
    });
  }
  const project = {
    automappingRulesFile: '',
    commands: [
      {
        arguments: 'run levels:check -- %mapfile',
        command: 'npm',
        enabled: true,
        name: 'Check this level (npm run levels:check)',
        saveBeforeExecute: true,
        shortcut: 'F5',
        showOutput: true,
        workingDirectory: '%projectpath/..',
      },
    ],
    extensionsPath: 'extensions',
    folders: ['.'],
    objectTypesFile: 'tiled/objecttypes.json',
    propertyTypes,
  };
  return `${JSON.stringify(project, null, 4)}\n`;
}

/** Tiled 1.8's object types file: the same kinds and properties, plain types (1.8 has no enums here). */
export function objectTypesText(schema: typeof tiledMapSchema | Schema): string {
  const types = objectClasses(schema).map((objectClass) => ({
    color: `#${(LAYER_COLOURS[objectClass.layer] ?? '#ffa0a0a4').slice(3)}`,
    name: objectClass.kind,
    properties: objectClass.members.map((member) => ({ name: member.name, type: member.type, value: member.value })),
  }));
  return `${JSON.stringify(types, null, 4)}\n`;
}

/** Object templates for the common pieces (levels/templates/<kind>.tx): kind and shape only, so the class's defaults apply. */
export const TEMPLATE_KINDS = ['student', 'walker', 'runner', 'crawler', 'brute', 'hunter', 'food', 'water', 'bandage', 'door', 'window', 'lamp', 'fireAlarm', 'exit', 'reach', 'hold'] as const;
const RECTANGLES: readonly string[] = ['exit', 'reach', 'hold'];

export function templateText(kind: string): string {
  const shape = RECTANGLES.includes(kind) ? `  <object type="${kind}" width="16" height="16"/>` : ` <object type="${kind}">\n  <point/>\n </object>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<template>\n${RECTANGLES.includes(kind) ? shape.slice(1) : shape}\n</template>\n`;
}
