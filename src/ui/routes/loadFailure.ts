// A part of the app that could not be loaded (a lost connection, or a new deployment that removed
// the old chunk), said in words a learner can act on. The error panel shows the message with its
// button ("Retry", or "Restart scenario" inside the player), which loads again.

/**
 * The error to show when loading `what` failed.
 *
 * @example
 * loadFailure('the player', new TypeError('Failed to fetch dynamically imported module'));
 * // Error: Could not load the player (Failed to fetch dynamically imported module). …
 */
export function loadFailure(what: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(
    `Could not load ${what} (${reason}). Check the connection and try again; if it keeps failing, reload the page.`,
    { cause },
  );
}
