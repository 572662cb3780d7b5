import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import { indexDataset } from '../../src/data/dataset-index';
import { eventsQuery } from '../../src/data/queries';
import { EventList, ROWS_PER_PAGE } from '../../src/features/list/EventList';
import { useAtlasStore } from '../../src/store/atlas-store';
import { anIncident } from '../fixtures/incident';

function incident(index: number) {
  const day = String(1 + (index % 28)).padStart(2, '0');
  return anIncident(`incident-${index}`, {
    at: [44, 33],
    title: `Incident number ${index}`,
    date: `2022-0${1 + (index % 9)}-${day}`,
    category: 'rocket-attack',
    thread: index % 2 ? 'red-sea' : 'iraq-syria-bases',
    place: 'Somewhere',
    country: 'IQ',
  });
}

function renderListOf(count: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const features = Array.from({ length: count }, (_, index) => incident(index));
  client.setQueryData(eventsQuery().queryKey, { features, problems: [], index: indexDataset(features) });
  client.setQueryData(['actors'], []);
  return render(
    <AppProviders client={client}>
      <EventList />
    </AppProviders>,
  );
}

describe('a newsroom dataset with thousands of incidents', () => {
  it('draws the first rows, says how many there are, and adds more on request', async () => {
    renderListOf(1000);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(ROWS_PER_PAGE);
    expect(screen.getByText(/Showing the first 200 of 1,000/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2 * ROWS_PER_PAGE);
  }, 30_000);

  it('keeps counting every match when a filter narrows the list', async () => {
    renderListOf(1000);
    useAtlasStore.getState().toggleThread('red-sea');
    expect(await screen.findByText(/Showing the first 200 of 500/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Incidents 500 of 1,000/ })).toBeInTheDocument();
  });

  it('shows a short dataset whole, with no paging', () => {
    renderListOf(51);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(51);
    expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
  });
});
