// Hands the chrome store (uiStore.ts) to every control without threading it through the views.

import { createContext } from 'react';
import type { UiStore } from './uiStore.ts';

export const UiStoreContext = createContext<UiStore | null>(null);
