// Catches render errors below it and shows them with a way back, so a failure never leaves a
// blank page. React offers error boundaries only as class components, hence the one class here.

import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Called by the restart button; the owner should remount the children with fresh state. */
  readonly onRestart: () => void;
  readonly restartLabel?: string;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly restart = (): void => {
    this.setState({ error: null });
    this.props.onRestart();
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>Something went wrong</h2>
        <pre>{error.message}</pre>
        <button type="button" className="primary" onClick={this.restart}>
          {this.props.restartLabel ?? 'Restart scenario'}
        </button>
      </div>
    );
  }
}
