import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import type { MapHandle } from '../../src/map/create-map';
import { EmptyViewHint } from '../../src/map/overlays/EmptyViewHint';
import { useAtlasStore } from '../../src/store/atlas-store';
import { servePublicFolder } from '../fakes/public-fetch';

type Box = [[number, number], [number, number]];
const KERMAN: Box = [
  [56.5, 29.8],
  [57.6, 30.7],
];
const REGION: Box = [
  [30, 10],
  [62, 40],
];

/** A map looking at `view`; `moveTo` pans it and says so, as the map does each time it settles. */
function mapLookingAt(view: Box) {
  const listeners: ((view: Box) => void)[] = [];
  const framed: unknown[] = [];
  const handle = {
    view: () => view,
    watchView: (listener: (view: Box) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    controller: {
      frame: (bounds: unknown) => {
        framed.push(bounds);
        return Promise.resolve();
      },
    },
  };
  const moveTo = (next: Box) => {
    view = next;
    act(() => listeners.forEach((listener) => listener(next)));
  };
  return { handle: handle as unknown as MapHandle, moveTo, framed };
}

function renderHint(handle: MapHandle) {
  servePublicFolder();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <AppProviders client={client}>
      <EmptyViewHint handle={handle} />
    </AppProviders>,
  );
}

describe('a filtered map that shows none of its matches', () => {
  it('says so after a Houthi search near Kerman, and its button frames the matches', async () => {
    const user = userEvent.setup();
    const { handle, moveTo, framed } = mapLookingAt(KERMAN);
    renderHint(handle);
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();

    act(() => useAtlasStore.getState().setSearch('Houthi'));
    // The status is there, empty, before the matches are counted: wait for its words.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/^All \d+ matching incidents are out of view\.$/),
    );
    await user.click(screen.getByRole('button', { name: 'Show them' }));
    expect(framed).toHaveLength(1);
    const [[west, south], [east, north]] = framed[0] as Box;
    // Yemen and the Red Sea, where the Houthis' attacks are.
    expect(west).toBeGreaterThan(32);
    expect(east).toBeLessThan(55);
    expect(south).toBeGreaterThan(10);
    expect(north).toBeLessThan(30);

    moveTo(REGION);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: /^Show all \d+ matching$/ })).toBeInTheDocument();
  });

  it('says when nothing matches at all, with nothing to frame', async () => {
    const { handle } = mapLookingAt(REGION);
    renderHint(handle);
    act(() => useAtlasStore.getState().setSearch('no such group anywhere'));
    expect(await screen.findByText('No incident matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
