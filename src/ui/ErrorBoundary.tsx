import { Component, type ReactNode } from 'react';
import { Msg, t, type MessageId } from '../i18n';

interface ErrorBoundaryProps {
  /** What the reader lost, as a whole sentence: `errors.list` ("The incident list stopped working."). */
  failure: MessageId;
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
          <Msg
            id="errors.restStillWorks"
            values={{ failure: t(this.props.failure) }}
            components={{ 0: <strong /> }}
          />
        </p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          {t('errors.tryAgain')}
        </button>
      </div>
    );
  }
}
