import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MapHandle } from '../../src/map/create-map';
import type { LegendContent } from '../../src/map/legend/legend-entries';
import { MapLegend } from '../../src/map/legend/MapLegend';

const openingView: LegendContent = {
  drawing: 'shapes',
  families: ['air-strike', 'attack-on-base'],
  clusters: true,
  halos: true,
  regionWide: true,
  arcs: false,
  lanes: true,
  proxyTint: false,
  anchors: false,
  places: ['capital', 'chokepoint'],
  selection: false,
  measure: false,
};

/** A map that reports what it draws, as the real one does each time it settles. */
function mapShowing(content: LegendContent) {
  let listener: (content: LegendContent) => void = () => undefined;
  const handle = {
    watchLegend: (next: (content: LegendContent) => void) => {
      listener = next;
      next(content);
      return () => undefined;
    },
  } as unknown as MapHandle;
  return { handle, show: (next: LegendContent) => listener(next) };
}

/** What a screen reader reads of an entry: its sample is decorative. */
const withoutSample = (item: HTMLElement) => item.querySelector(':scope > span')?.textContent;

describe('the legend on the map', () => {
  it('names what the map draws now, and folds away behind its button', async () => {
    const user = userEvent.setup();
    const { handle } = mapShowing(openingView);
    render(<MapLegend handle={handle} theme="light" preset="open" />);

    const toggle = screen.getByRole('button', { name: 'Map legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const entries = within(screen.getByRole('list')).getAllByRole('listitem').map(withoutSample);
    expect(entries).toEqual([
      'Air, drone and missile strikes; shoot-downs',
      'Rocket and drone attacks on bases; sieges',
      'Numbered circle: incidents close together; select to zoom in',
      'Shaded circle: the place is approximate',
      'Dashed outline: a region-wide record, not one place',
      'Capital',
      'Strait or canal',
      'Dashed line: main shipping lane',
    ]);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts folded where the map is small, and follows the map as it changes what it draws', async () => {
    const user = userEvent.setup();
    const { handle, show } = mapShowing(openingView);
    render(<MapLegend handle={handle} theme="dark" preset="closed" />);
    const toggle = screen.getByRole('button', { name: 'Map legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    show({ ...openingView, drawing: 'dots', families: ['bombing'], clusters: false, regionWide: false });
    expect(await screen.findByText(/Dot: one incident, in its kind's colour/)).toBeInTheDocument();
    expect(
      screen.getByText('Shaded circle: the place is approximate (shown as you zoom in)'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Numbered circle/)).not.toBeInTheDocument();
    expect(screen.queryByText(/region-wide/)).not.toBeInTheDocument();
  });
});
