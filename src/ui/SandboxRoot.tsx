// The outermost component: the app inside a last-resort error boundary, so even a failure outside
// the player shows a message and a way back instead of a blank page. It owns the chrome store
// (presenter mode, panels, announcements), which outlives a restart.

import { useState } from 'react';
import { App, type AppProps } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { createUiStore } from './controls/uiStore.ts';
import { UiStoreContext } from './controls/UiStoreContext.ts';

export function SandboxRoot(props: AppProps) {
  const [mountNumber, setMountNumber] = useState(0);
  const [ui] = useState(createUiStore);
  const restart = (): void => {
    props.store.setState({ error: null });
    setMountNumber((n) => n + 1);
  };
  return (
    <UiStoreContext value={ui}>
      <ErrorBoundary onRestart={restart} restartLabel="Restart scenario">
        <App key={mountNumber} {...props} />
      </ErrorBoundary>
    </UiStoreContext>
  );
}
