// The leader's records as an array indexed by offset, without copying them. Once a long run has
// freed the oldest records (see simulation/README.md, "Bounded history"), the store no longer
// starts at offset 0, and copying a log of millions of offsets on every frame would cost more
// than the records themselves. A read-only Proxy answers `records[o]` and `records.length` from
// the store instead, and every array method works through it.

import type { LogRecord } from './worldView.ts';

const INDEX = /^(?:0|[1-9]\d*)$/;

function offsetOf(key: string | symbol): number {
  return typeof key === 'string' && INDEX.test(key) ? Number(key) : -1;
}

function readOnly(): never {
  throw new TypeError('a partition view is read-only');
}

/**
 * A read-only array of `length` entries whose entry `o` is `at(o)` from offset `first` on, and
 * undefined below it.
 *
 * @example
 * const records = recordsByOffset(logStart, leo, (o) => storedRecord(store, storeIndexAt(chain, o)));
 * records[41]; // the record at offset 41, or undefined when it is not held
 */
export function recordsByOffset(
  first: number,
  length: number,
  at: (offset: number) => LogRecord | undefined,
): readonly (LogRecord | undefined)[] {
  const read = (o: number): LogRecord | undefined => (o >= first && o < length ? at(o) : undefined);
  return new Proxy<(LogRecord | undefined)[]>([], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const o = offsetOf(key);
      return o >= 0 ? read(o) : (Reflect.get(target, key, receiver) as unknown);
    },
    has(target, key) {
      const o = offsetOf(key);
      return o >= 0 ? read(o) !== undefined : Reflect.has(target, key);
    },
    ownKeys() {
      const keys: string[] = [];
      for (let o = first; o < length; o++) if (read(o) !== undefined) keys.push(String(o));
      keys.push('length');
      return keys;
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === 'length')
        return { value: length, writable: true, enumerable: false, configurable: false };
      const o = offsetOf(key);
      if (o < 0) return Reflect.getOwnPropertyDescriptor(target, key);
      const value = read(o);
      return value === undefined
        ? undefined
        : { value, writable: false, enumerable: true, configurable: true };
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
}
