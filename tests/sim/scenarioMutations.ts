// Mutations of the real scenario files for fuzzing: pick a path inside a file by a random walk,
// then set it to a hostile value, delete it, or add a dangerous key beside it. Starting from valid
// files reaches deep into the schema, where arbitrary JSON would be rejected at the first field.

import fc from 'fast-check';

type Json = unknown;

/** Builds `[[[...]]]` `depth` levels deep without recursion. */
export function nestedArrays(depth: number): Json {
  let value: Json = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** An object with an own, enumerable `__proto__` key, as JSON.parse makes it (not a prototype). */
function ownProtoObject(): Json {
  return JSON.parse(
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
  );
}

export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(1e308, -1, -5000, 2 ** 53 + 2, -0, 0.0001, 1.5, 3_600_001, 4_294_967_296),
  fc.constantFrom<Json>(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '',
    '-5000',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ),
  fc.constantFrom<Json>(null, true, false, [], {}),
  fc.constant(null).map(() => 'x'.repeat(100_000)),
  fc.integer({ min: 2, max: 200 }).map(nestedArrays),
  fc.constant(null).map(ownProtoObject),
  fc.jsonValue({ maxDepth: 3 }),
);

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'extra',
];

export interface Mutation {
  /** Choices for the random walk: each picks a child (modulo the number of children). */
  readonly walk: readonly number[];
  readonly op: 'set' | 'delete' | 'addKey';
  readonly key: string;
  readonly value: Json;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  walk: fc.array(fc.nat(), { maxLength: 8 }),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'addKey'),
  key: fc.constantFrom(...DANGEROUS_KEYS),
  value: hostileValue,
});

function isContainer(value: Json): value is Record<string, Json> | Json[] {
  return typeof value === 'object' && value !== null;
}

/** Defines an own property even for `__proto__`, which plain assignment would treat as the prototype. */
function setOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Applies `m` to a copy of `file` and returns the copy. */
export function applyMutation(file: Json, m: Mutation): Json {
  const root = { file: structuredClone(file) } as Record<string, Json>;
  let parent: Record<string, Json> | Json[] = root;
  let key: string | number = 'file';
  for (const choice of m.walk) {
    const here: Json = (parent as Record<string, Json>)[key];
    if (!isContainer(here)) break;
    const keys: (string | number)[] = Array.isArray(here)
      ? here.map((_, i) => i)
      : Object.keys(here);
    if (keys.length === 0) break;
    parent = here;
    key = keys[choice % keys.length]!;
  }
  if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string, Json>)[key];
  } else if (m.op === 'set') setOwn(parent, key, m.value);
  else {
    const here: Json = (parent as Record<string, Json>)[key];
    setOwn(isContainer(here) && !Array.isArray(here) ? here : parent, m.key, m.value);
  }
  return root.file;
}
