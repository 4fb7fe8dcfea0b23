// Catches a screen that fails to render, so one broken screen never blanks the whole app.
import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    // Navigating elsewhere gives the next screen a fresh start.
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('screen failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert error" role="alert">
        <strong>This screen could not be shown.</strong> {this.state.error.message}{' '}
        <button type="button" className="btn secondary" onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}
