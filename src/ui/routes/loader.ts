// A value the app loads on first use, such as the scenario catalogue or the engine, which live in
// chunks of their own so the first page does not wait for them. The promise is kept, so React's
// `use` sees the same one on every render, failure included; `retry` forgets a failure so the
// error panel's "Retry" loads again. A settled promise is marked the way React marks the promises
// it has seen (`status`, `value`, `reason`), so `use` reads a loaded value without suspending.

/** Something loaded once, on first use. */
export interface Loader<T> {
  /** The load in progress or settled; starts it on the first call. */
  readonly load: () => Promise<T>;
  /** The value once loaded, else undefined; never starts a load. */
  readonly peek: () => T | undefined;
  /** Forgets a failed load, so the next `load` starts again; a load that worked is kept. */
  readonly retry: () => void;
}

type Marked<T> = Promise<T> & { status?: string; value?: T; reason?: unknown };

/**
 * Wraps a load (usually a dynamic `import()`) so it runs once.
 *
 * @example
 * const engine = createLoader(() => import('../../engine/index.ts').then((m) => m.createSimulation));
 * const createSimulation = use(engine.load());
 */
export function createLoader<T>(load: () => Promise<T>): Loader<T> {
  let current: Marked<T> | null = null;
  return {
    load() {
      if (current !== null) return current;
      const promise: Marked<T> = load();
      promise.then(
        (value) => {
          promise.status = 'fulfilled';
          promise.value = value;
        },
        (reason: unknown) => {
          promise.status = 'rejected';
          promise.reason = reason;
        },
      );
      current = promise;
      return promise;
    },
    peek: () => (current?.status === 'fulfilled' ? current.value : undefined),
    retry() {
      if (current?.status === 'rejected') current = null;
    },
  };
}

/**
 * A loader whose value is there from the start, for tests and for callers that already hold it.
 * Its promise is marked fulfilled, so `use` reads it without suspending.
 */
export function loadedValue<T>(value: T): Loader<T> {
  const promise = Object.assign(Promise.resolve(value), { status: 'fulfilled', value });
  return { load: () => promise, peek: () => value, retry: () => undefined };
}
