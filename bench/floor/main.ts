// The benchmark's floor: the same maplibre-gl, basemap GeoJSON and events as the atlas, with no app around
// them. Whatever the atlas costs beyond this page is the app's own cost.
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import './floor.css';

declare global {
  interface Window {
    benchFloor?: { map: MapLibreMap };
  }
}

setWorkerUrl(workerUrl);

const here = (path: string) => new URL(path, window.location.href).href;
const basemap = (name: string) => ({
  type: 'geojson' as const,
  data: here(`../geo/basemap/${name}.geojson`),
});
const events = new URLSearchParams(window.location.search).get('data') ?? '../geo/events.geojson';

const style: StyleSpecification = {
  version: 8,
  sources: {
    countries: basemap('countries'),
    coastlines: basemap('coastlines'),
    borders: basemap('borders'),
    labels: basemap('labels'),
    events: { type: 'geojson', data: here(events) },
  },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#dfe8ee' } },
    { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
    { id: 'coastlines', type: 'line', source: 'coastlines', paint: { 'line-color': '#9fb3c2' } },
    { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b9b2a5' } },
    {
      id: 'labels',
      type: 'symbol',
      source: 'labels',
      layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'], 'text-size': 12 },
    },
    {
      id: 'events',
      type: 'circle',
      source: 'events',
      paint: {
        'circle-radius': 5,
        'circle-color': '#b3261e',
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    },
  ],
};

const map = new MapLibreMap({
  container: 'map',
  style,
  bounds: [
    [24, 9],
    [62, 40],
  ],
  fitBoundsOptions: { padding: 16 },
});
window.benchFloor = { map };
