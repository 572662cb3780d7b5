import { Component, type ReactNode } from 'react';
import { Msg, t, type MessageId } from '../i18n';
import { reloadPage } from '../lib/reload-page';

interface ErrorBoundaryProps {
  failure: MessageId;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
  /** A "Try again" that brings back the same crash would only loop. */
  crash?: string;
  retriedCrash?: string;
  tries: number;
}

/** Past this many tries the panel is broken even if each crash reads differently. */
const MAX_TRIES = 3;

const crashOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** React already logs the caught error (its default onCaughtError), so it is not logged here again. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, tries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failed: true, crash: crashOf(error) };
  }

  override render() {
    const { failed, crash, retriedCrash, tries } = this.state;
    if (!failed) return this.props.children;
    const failure = t(this.props.failure);
    if (crash === retriedCrash || tries >= MAX_TRIES)
      return (
        <div className="data-status data-status--error" role="alert">
          <p>
            <Msg id="errors.failedAgain" values={{ failure }} components={{ 0: <strong /> }} />
          </p>
          <button type="button" className="button" onClick={reloadPage}>
            {t('errors.reload')}
          </button>
        </div>
      );
    return (
      <div className="data-status data-status--error" role="alert">
        <p>
          <Msg id="errors.restStillWorks" values={{ failure }} components={{ 0: <strong /> }} />
        </p>
        <button
          type="button"
          className="button"
          onClick={() => this.setState({ failed: false, retriedCrash: crash, tries: tries + 1 })}
        >
          {t('errors.tryAgain')}
        </button>
      </div>
    );
  }
}
