/** Prototype-pollution watch for fuzz tests: the own keys of the built-in prototypes, before and after. */

const WATCHED = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

export function prototypeFingerprint(): string {
  return WATCHED.map((proto) => Reflect.ownKeys(proto).map(String).sort().join(',')).join('|');
}

/** Throws when a fuzz case has added, removed or polluted anything on a built-in prototype. */
export function expectNoPollution(before: string): void {
  const polluted = ({} as Record<string, unknown>)['polluted'];
  if (polluted !== undefined) throw new Error(`prototype pollution: ({}).polluted is ${String(polluted)}`);
  if (prototypeFingerprint() !== before) throw new Error('prototype pollution: a built-in prototype changed its keys');
}
