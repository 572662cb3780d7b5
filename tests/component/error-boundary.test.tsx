import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { retryableLazy } from '../../src/ui/retryable-lazy';
import { reloadPage } from '../../src/lib/reload-page';

vi.mock('../../src/lib/reload-page', () => ({ reloadPage: vi.fn() }));

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

function AlwaysBroken(): never {
  throw new RangeError('Invalid time value');
}

describe('a panel that crashes again when tried again', () => {
  it('stops offering the same try and offers a reload that keeps the view, saying what to report', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <ErrorBoundary failure="errors.timeline">
        <AlwaysBroken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline stopped working.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline stopped working. It failed again');
    expect(alert).toHaveTextContent(/keeps your view/);
    expect(alert).toHaveTextContent(/report it with the page's link/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Invalid time value/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reloadPage).toHaveBeenCalledOnce();
  });

  it('gives up trying after three tries even when each crash reads differently', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    let crashes = 0;
    function BrokenDifferently(): never {
      crashes += 1;
      throw new Error(`a bad record #${crashes}`);
    }
    render(
      <ErrorBoundary failure="errors.list">
        <BrokenDifferently />
      </ErrorBoundary>,
    );
    for (let tries = 0; tries < 3; tries += 1)
      await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The incident list stopped working. It failed again');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  });
});

describe('a lazily loaded panel whose code failed to download', () => {
  it('downloads it again when the reader chooses Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    let online = false;
    const load = vi.fn(() =>
      online
        ? Promise.resolve(() => <p>The distance tool</p>)
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
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
