import { describe, expect, test } from 'vitest';
import { createLoader, loadedValue } from './loader.ts';

type Marked<T> = Promise<T> & { status?: string; value?: T; reason?: unknown };

describe('createLoader', () => {
  test('loads once, however often it is asked, and then peeks the value', async () => {
    let calls = 0;
    const loader = createLoader(() => Promise.resolve(++calls));
    expect(loader.peek()).toBeUndefined();
    const first = loader.load();
    expect(loader.load()).toBe(first);
    expect(await first).toBe(1);
    expect(await loader.load()).toBe(1);
    expect(loader.peek()).toBe(1);
    loader.retry();
    expect(loader.load()).toBe(first);
    expect(calls).toBe(1);
  });

  test('marks the settled promise the way React reads it', async () => {
    const loaded = createLoader(() => Promise.resolve('catalogue'));
    const ok = loaded.load() as Marked<string>;
    await ok;
    expect([ok.status, ok.value]).toEqual(['fulfilled', 'catalogue']);
    const failing = createLoader(() => Promise.reject(new Error('offline')));
    const failed = failing.load() as Marked<string>;
    await expect(failed).rejects.toThrow('offline');
    expect(failed.status).toBe('rejected');
    expect((failed.reason as Error).message).toBe('offline');
  });

  test('keeps a failure until retry, then tries again', async () => {
    let calls = 0;
    const loader = createLoader(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('catalogue'),
    );
    const failed = loader.load();
    await expect(failed).rejects.toThrow('offline');
    expect(loader.load()).toBe(failed);
    expect(loader.peek()).toBeUndefined();
    loader.retry();
    expect(await loader.load()).toBe('catalogue');
    expect(calls).toBe(2);
  });
});

describe('loadedValue', () => {
  test('has its value from the start, in a promise React can read without waiting', async () => {
    const loader = loadedValue(7);
    expect(loader.peek()).toBe(7);
    const promise = loader.load() as Marked<number>;
    expect([promise.status, promise.value]).toEqual(['fulfilled', 7]);
    expect(await promise).toBe(7);
  });
});
