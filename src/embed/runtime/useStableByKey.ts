// Keeps the first value given for a key until the key changes, so an adapter that rebuilds equal
// options on every render (the web component reads its attributes afresh) does not make the
// embed re-validate an inline scenario or repeat its warnings.

import { useState } from 'react';

export function useStableByKey<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    // Adjusting state during render is React's pattern for state derived from props.
    setHeld({ key, value });
    return value;
  }
  return held.value;
}
