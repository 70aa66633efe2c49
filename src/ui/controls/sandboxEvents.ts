// DOM events the controls send to the views: number keys toggle views and Page Up/Down step the
// narration. They are cancelable: a listener that handles one calls `preventDefault()`, and only
// then does the key press lose its default action (Page Down still scrolls when nobody listens).

export const TOGGLE_VIEW_EVENT = 'sandbox:toggle-view';
export const NARRATION_EVENT = 'sandbox:narration';

export interface ToggleViewDetail {
  /** 0-based: key 1 sends 0. */
  readonly index: number;
}

export interface NarrationDetail {
  readonly direction: 'previous' | 'next';
}

/**
 * Dispatches a sandbox event on `window`; returns true when a listener handled it.
 *
 * @example
 * window.addEventListener(TOGGLE_VIEW_EVENT, (event) => { toggle((event as CustomEvent<ToggleViewDetail>).detail.index); event.preventDefault(); });
 */
export function emitSandboxEvent(
  name: typeof TOGGLE_VIEW_EVENT | typeof NARRATION_EVENT,
  detail: ToggleViewDetail | NarrationDetail,
): boolean {
  return !window.dispatchEvent(new CustomEvent(name, { detail, cancelable: true }));
}
