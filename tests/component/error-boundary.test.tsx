import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { retryableLazy } from '../../src/ui/retryable-lazy';

let broken = true;
function Flaky() {
  if (broken) throw new Error('a bad record');
  return <p>The download menu</p>;
}

describe('a panel that crashes', () => {
  it('shows a contained message while its neighbours keep working, and can be tried again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <>
        <ErrorBoundary failure="errors.export">
          <Flaky />
        </ErrorBoundary>
        <ErrorBoundary failure="errors.list">
          <button type="button">Kerman twin bombings</button>
        </ErrorBoundary>
      </>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The download menu stopped working. The rest of the atlas still works.',
    );
    expect(screen.getByRole('button', { name: 'Kerman twin bombings' })).toBeVisible();
    expect(screen.queryByText('a bad record')).not.toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The download menu')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a lazily loaded panel whose code failed to download', () => {
  it('downloads it again when the reader chooses Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <p>The distance tool</p>;
    });
    const Panel = retryableLazy(load);
    render(
      <ErrorBoundary failure="errors.distance">
        <Suspense fallback={<p>Loading…</p>}>
          <Panel />
        </Suspense>
      </ErrorBoundary>,
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('The distance tool stopped working.');
    const triesBefore = load.mock.calls.length;
    online = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The distance tool')).toBeVisible();
    expect(load.mock.calls.length).toBe(triesBefore + 1);
  });
});
