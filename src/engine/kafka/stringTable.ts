// Strings a run's records refer to (keys and writer ids), each stored once and named by a number,
// so a record store keeps a record's key and writer as numbers beside its times instead of as
// references in arrays of their own. The table only grows, and a string keeps its number for the
// whole run: a seek that replays a timeline finds the numbers it gave before. Its size is bounded
// by the scenario's key counts and the records a person can inject.

export interface StringTable {
  readonly strings: string[];
  readonly ids: Map<string, number>;
}

/** A table whose first strings are `initial`, numbered from 0 in order (duplicates keep the first). */
export function createStringTable(initial: readonly string[]): StringTable {
  const table: StringTable = { strings: [], ids: new Map() };
  for (const s of initial) internString(table, s);
  return table;
}

/** The number of `s`, adding it to the table if it is new. */
export function internString(table: StringTable, s: string): number {
  const known = table.ids.get(s);
  if (known !== undefined) return known;
  const id = table.strings.length;
  table.strings.push(s);
  table.ids.set(s, id);
  return id;
}

/** The string numbered `id` (which must come from this table). */
export function stringAt(table: StringTable, id: number): string {
  return table.strings[id]!;
}
