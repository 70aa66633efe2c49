// Where <stream-sandbox> (StreamSandboxElement.ts) renders, and for how long: the React root in
// its shadow root and the observer of its children. These are plain functions over an explicit
// state object so that the element's class stays a short list of its callbacks and methods.

import { createRoot, type Root } from 'react-dom/client';
import { mountInShadow } from '../shadow/shadowStyles.ts';

/** The parts of an element's rendering that live between connection and removal. */
export interface ElementMount {
  root: Root | null;
  children: MutationObserver | null;
}

/** Starts (or resumes) rendering `element` into its shadow root and renders it once. */
export function connectElement(
  element: HTMLElement,
  mount: ElementMount,
  render: () => void,
): void {
  mount.root ??= createRoot(mountInShadow(element));
  // An inline scenario may be added or edited after the element starts.
  mount.children ??= new MutationObserver(() => render());
  mount.children.observe(element, { childList: true, subtree: true, characterData: true });
  render();
}

/** Stops watching the children, and unmounts once it is clear the element was removed. */
export function disconnectElement(element: HTMLElement, mount: ElementMount): void {
  mount.children?.disconnect();
  mount.children = null;
  // Moving the element fires disconnect then connect; only a real removal unmounts.
  queueMicrotask(() => {
    if (element.isConnected || mount.root === null) return;
    mount.root.unmount();
    mount.root = null;
  });
}
