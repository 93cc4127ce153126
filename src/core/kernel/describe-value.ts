/**
 * A short, safe rendering of an untrusted value for an error message: `"runer"`, `12`, `null`,
 * `an array of 3`, `an object`. Long strings are cut, so a hostile file cannot flood the screen.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 48 ? `${value.slice(0, 48)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}
