// Reads a loader's value without waiting for it: undefined until it has loaded, then the value.
// For extras a page can show without (the gallery's previews need the engine); a part that cannot
// work without its value reads it with React's `use` instead and shows a loading state.

import { useEffect, useState } from 'react';
import type { Loader } from './loader.ts';

export function useLoaded<T>(loader: Loader<T>): T | undefined {
  const [loaded, setLoaded] = useState(() => ({ value: loader.peek() }));
  useEffect(() => {
    if (loaded.value !== undefined) return undefined;
    let live = true;
    // A failure leaves the extra out; the part that needs the value reports it when it loads.
    loader.load().then(
      (value) => {
        if (live) setLoaded({ value });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loader, loaded]);
  return loaded.value;
}
