// Reads the chrome store from context; rendering a control outside SandboxRoot is a bug, so it
// says so instead of quietly making a second store.

import { useContext } from 'react';
import { UiStoreContext } from '../controls/UiStoreContext.ts';
import type { UiStore } from '../controls/uiStore.ts';

export function useUiStore(): UiStore {
  const store = useContext(UiStoreContext);
  if (store === null) throw new Error('useUiStore needs a UiStoreContext provider (SandboxRoot)');
  return store;
}
