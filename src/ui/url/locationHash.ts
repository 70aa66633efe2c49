// Writes the session into the address bar without adding history entries or firing `hashchange`,
// and remembers what it wrote: a `hashchange` to any other hash is a person opening a new link.

let lastWrittenHash: string | null = null;

/** Replaces the location hash in place (no history entry, no `hashchange`). */
export function replaceLocationHash(hash: string): void {
  lastWrittenHash = hash;
  if (window.location.hash === hash) return;
  window.history.replaceState(
    window.history.state,
    '',
    hash === '' ? window.location.pathname + window.location.search : hash,
  );
}

/** Marks the current hash as known, e.g. the one a page opened with. */
export function rememberLocationHash(hash: string): void {
  lastWrittenHash = hash;
}

/** True when `hash` is the one this app wrote or opened with last. */
export function isKnownLocationHash(hash: string): boolean {
  return hash === lastWrittenHash;
}
