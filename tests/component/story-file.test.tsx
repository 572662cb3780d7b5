import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anIncident } from '../fixtures/incident';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });

const newsroomEvents = {
  type: 'FeatureCollection',
  features: [
    anIncident('first', { title: 'The first incident' }),
    anIncident('second', { title: 'The second incident', date: '2022-06-01' }),
  ],
};

const presets = () =>
  within(screen.getByRole('group', { name: 'Time window presets' })).getAllByRole('button');

describe('a newsroom bringing its own dataset', () => {
  beforeEach(async () => {
    const bundled = (await import('../../public/geo/story.json')).default;
    servePublicFolder({
      '/newsroom/events.geojson': json(newsroomEvents),
      '/newsroom/story.json': json({
        ...bundled,
        title: 'Newsroom Atlas',
        intro: { heading: 'Our own introduction', paragraphs: ['Written by the newsroom.'] },
        presets: [{ label: 'Summer 2022', from: '2022-06-01', to: '2022-08-31' }],
      }),
    });
  });

  it('shows the title, intro and presets of the story file beside it', async () => {
    renderApp('?data=newsroom/events.geojson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Newsroom Atlas' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Our own introduction' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Summer 2022' });
    expect(presets().map((button) => button.textContent)).toEqual(['Summer 2022', 'All']);
  });

  it('without a story file, keeps the bundled words and offers presets from its own dates', async () => {
    servePublicFolder({ '/other/events.geojson': json(newsroomEvents) });
    renderApp('?data=other/events.geojson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    await screen.findByRole('button', { name: '2024' });
    expect(presets().map((button) => button.textContent)).toEqual(['2022', '2024', 'All']);
  });

  it('says why a broken story file beside it is not used, and goes on with the bundled one', async () => {
    servePublicFolder({
      '/broken/events.geojson': json(newsroomEvents),
      '/broken/story.json': json({ title: '' }),
    });
    renderApp('?data=broken/events.geojson');
    expect(await screen.findByRole('alert')).toHaveTextContent(/story file could not be used.*title/i);
    expect(await screen.findByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
  });
});
