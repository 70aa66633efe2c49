// The outermost component: the app inside a last-resort error boundary, so even a failure outside
// the player shows a message and a way back instead of a blank page.

import { useState } from 'react';
import { App, type AppProps } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';

export function SandboxRoot(props: AppProps) {
  const [mountNumber, setMountNumber] = useState(0);
  const restart = (): void => {
    props.store.setState({ error: null });
    setMountNumber((n) => n + 1);
  };
  return (
    <ErrorBoundary onRestart={restart} restartLabel="Restart scenario">
      <App key={mountNumber} {...props} />
    </ErrorBoundary>
  );
}
