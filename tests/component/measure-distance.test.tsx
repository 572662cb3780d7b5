import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LISTED_INCIDENTS, measureTargets } from '../../src/features/measure/measure-targets';
import { useAtlasStore } from '../../src/store/atlas-store';
import { servePublicFolder } from '../fakes/public-fetch';
import { anIncident } from '../fixtures/incident';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

describe('a reader measuring a distance', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('picks an incident and a place from the lists and reads the distance in km and miles', async () => {
    const user = userEvent.setup();
    renderApp();
    act(() => useAtlasStore.getState().setMeasuring(true));

    const panel = await screen.findByRole('region', { name: 'Measure a distance' });
    expect(panel).toHaveTextContent('Pick two points');
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });
    // Option lists are long (every place and incident); pick by visible text as a reader would.
    await within(from).findByText('Kerman');
    await user.selectOptions(from, 'Kerman');
    await user.selectOptions(
      to,
      'US drone strike kills Qasem Soleimani and Abu Mahdi al-Muhandis at Baghdad airport',
    );

    // Kerman to Baghdad airport is about 1,260 km on the great circle.
    const result = screen.getByRole('status');
    expect(result.textContent).toMatch(/^1,2\d\d km \(7\d\d mi\)/);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(result).toHaveTextContent('Pick two points');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Measure a distance' })).not.toBeInTheDocument();
  });

  it('measures from points picked on the map, starting over at the third', () => {
    const { addMeasurePoint } = useAtlasStore.getState();
    addMeasurePoint({ lon: 44, lat: 33, label: 'a' });
    addMeasurePoint({ lon: 57, lat: 30, label: 'b' });
    addMeasurePoint({ lon: 43, lat: 15, label: 'c' });
    expect(useAtlasStore.getState().measurePoints.map((point) => point.label)).toEqual(['c']);
  });

  it('offers places only when a dataset has too many incidents to list', () => {
    const event = anIncident('e', { at: [44, 33], title: 'E' });
    expect(measureTargets([], [event])).toHaveLength(1);
    expect(measureTargets([], Array(MAX_LISTED_INCIDENTS + 1).fill(event))).toEqual([]);
  });
});
