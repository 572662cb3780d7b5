import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What the reader lost, in their words: "The incident list". */
  name: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Keeps one crashed panel from taking the page down: the rest of the atlas stays usable. React itself reports the
 * error to the console (its default onCaughtError), so it is not logged here a second time.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="data-status data-status--error" role="alert">
        <p>
          <strong>{this.props.name} stopped working.</strong> The rest of the atlas still works.
        </p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
