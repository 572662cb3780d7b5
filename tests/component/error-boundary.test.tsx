import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

let broken = true;
function Flaky() {
  if (broken) throw new Error('a bad record');
  return <p>The legend</p>;
}

describe('a panel that crashes', () => {
  it('shows a contained message while its neighbours keep working, and can be tried again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <>
        <ErrorBoundary failure="errors.legend">
          <Flaky />
        </ErrorBoundary>
        <ErrorBoundary failure="errors.list">
          <button type="button">Kerman twin bombings</button>
        </ErrorBoundary>
      </>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The legend stopped working. The rest of the atlas still works.',
    );
    expect(screen.getByRole('button', { name: 'Kerman twin bombings' })).toBeVisible();
    expect(screen.queryByText('a bad record')).not.toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The legend')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
