import {
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { section } from 'virtual:atlas-catalogue-section/map';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { CROWD_HALO_MIN_ZOOM, drawingFor, type EventDrawing } from '../data/crowd';
import type { DatasetIndex } from '../data/dataset-index';
import type { Story } from '../data/story-schema';
import type { Camera } from '../lib/url-state';
import { exposeMap } from './debug-handle';
import { markPageSettled } from '../lib/page-settled';
import { registerIcons } from './icons/register-icons';
import { allLayers } from './layers';
import { withNameSides } from './layers/anchor-name-sides';
import type { FocusTarget } from './layers/event-focus';
import { LAYER, SOURCE } from './layers/ids';
import { proxyCountriesFilter } from './layers/proxy-tint';
import { applyTheme } from './style/apply-theme';
import { basemapSources } from './style/basemap-sources';
import { buildStyle } from './style/build-style';
import type { Theme } from './style/palette';
import { storySources } from './style/story-sources';
import { MapToolsControl } from './controls/map-tools-control';
import { bindKeyboardFeatures } from './bindings/keyboard-features';
import { bindMeasureClicks } from './bindings/measure-clicks';
import { bindPointer } from './bindings/pointer-interactions';
import { bindSpreadMembers } from './bindings/spread-members';
import { connectStore } from './bindings/connect-store';
import { applyAnchors, OPENING_PADDING, panLimits, withAnchors } from './bindings/story-view';
import { toMapEvents, toRegionOutlines, toStrikeArcs } from './bindings/to-map-features';
import { showChapter, type ChapterHighlight } from './bindings/chapter-view';
import type { SnapshotCaption } from './snapshot';
import { createController } from './controller/create-controller';
import type { MapController } from './controller/map-controller';
import { pictureLegend } from './picture-legend';
import { watchLegendContent } from './bindings/legend-content';
import { bindHoverLabel } from './bindings/hover-label';
import type { LegendContent } from './legend/legend-entries';
import { useAtlasStore } from '../store/atlas-store';
import { addCatalogueSection } from '../i18n/add-catalogue-section';
import { mapLibreLocale } from './map-locale';
import { watchMapHealth, type MapFailure } from './watch-map-health';

/** The map's own words travel with its chunk (docs/I18N.md); load-map-module.ts waits for them before a map is made. */
export const messagesLoaded = addCatalogueSection(section);

// MapLibre's worker is a file of its own; serving it from our origin keeps the CSP at worker-src 'self'.
setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  theme: Theme;
  geoBase: URL;
  initialCamera?: Camera;
  /** Its opening view, region and anchors; its title and credits go on an exported picture. */
  story: Story;
  /** Embeds must never capture the page's scroll. */
  cooperativeGestures?: boolean;
  reducedMotion: () => boolean;
  matchingIds: (search: string) => readonly string[] | null;
  focusTargetOf: (id: string) => FocusTarget | null;
  onCameraChange: (camera: Camera) => void;
  /** The map cannot draw (its worker did not start, its style failed, its graphics were lost for good). */
  onFailure: (failure: MapFailure) => void;
  /** What a downloaded picture adds to the story's title and credits: the dataset's version and a legend. */
  pictureDetails?: () => Omit<SnapshotCaption, 'title' | 'credits'>;
}

/** [[west, south], [east, north]] of what the map shows. */
export type ViewBounds = [[number, number], [number, number]];

export interface MapHandle {
  controller: MapController;
  /** What the map shows now, and each time it settles or resizes. */
  view: () => ViewBounds;
  watchView: (listener: (view: ViewBounds) => void) => () => void;
  setTheme: (theme: Theme) => void;
  setStory: (story: Story) => void;
  /** The incidents, converted here so the conversion code loads with MapLibre rather than in the first bundle. */
  setEvents: (index: DatasetIndex) => void;
  setSourceData: (source: typeof SOURCE.places | typeof SOURCE.lanes, data: FeatureCollection) => void;
  setProxyCountries: (isoCodes: readonly string[]) => void;
  refreshFilters: () => void;
  showChapter: (highlight: ChapterHighlight) => void;
  /** The page scrolls on a wheel or one finger; Ctrl/⌘ + wheel or two fingers move the map. Switched in place. */
  setCooperativeGestures: (on: boolean) => void;
  /** Off: a map that only shows (no pan, no zoom); its incidents stay reachable by keyboard and pointer. */
  setInteractive: (on: boolean) => void;
  /** What the map draws in its view, each time it settles (the on-map legend lists it). */
  watchLegend: (listener: (content: LegendContent) => void) => () => void;
  destroy: () => void;
}

export function createMap(options: MapOptions): MapHandle {
  const { container, theme, geoBase, initialCamera, cooperativeGestures = false } = options;
  let story = options.story;
  const opening = story.camera;
  const map = new MapLibreMap({
    container,
    locale: mapLibreLocale(),
    style: withAnchors(
      buildStyle(theme, { ...basemapSources(geoBase), ...storySources() }, allLayers),
      story.anchors,
    ),
    ...(initialCamera
      ? { center: [initialCamera.lon, initialCamera.lat], zoom: initialCamera.zoom }
      : 'bounds' in opening
        ? { bounds: opening.bounds, fitBoundsOptions: { padding: OPENING_PADDING } }
        : {
            center: opening.center,
            zoom: opening.zoom,
            bearing: opening.bearing ?? 0,
            pitch: opening.pitch ?? 0,
          }),
    maxBounds: panLimits(story.region),
    minZoom: 2,
    maxZoom: 12,
    attributionControl: {
      compact: false,
      customAttribution:
        '<a href="https://maplibre.org/" target="_blank" rel="noopener noreferrer">MapLibre</a>',
    },
    cooperativeGestures,
    // Symbols would fade in over 300 ms after every filter change, re-running placement for every symbol on
    // each frame; with thousands of incidents that kept a brush drag from settling for seconds (npm run bench).
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  registerIcons(map);
  // The credits name the data's sources, which are content like the dataset's own source names, not UI words.
  container.querySelector('.maplibregl-ctrl-attrib-inner')?.setAttribute('data-content', '');

  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  // Browser tests and the benchmark wait on this instead of guessing with timeouts.
  const flagBusy = () => (container.dataset.mapState = 'busy');
  const flagIdle = () => (container.dataset.mapState = 'idle');
  flagBusy();
  map.on('idle', flagIdle);
  map.once('idle', markPageSettled);
  map.on('movestart', flagBusy);
  map.on('dataloading', flagBusy);

  const onMoveEnd = () => {
    const center = map.getCenter();
    options.onCameraChange({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
  };
  map.on('moveend', onMoveEnd);
  // The opening view fires no moveend; written now, the first history entry holds a camera Back can return to.
  map.once('load', onMoveEnd);

  let drawing: EventDrawing = 'shapes';
  let currentTheme = theme;
  const caption = () => ({ title: `${story.title}: ${story.dek}`, credits: story.credits });
  const controller = createController(map, {
    container,
    reducedMotion: options.reducedMotion,
    story: () => story,
    focusTargetOf: options.focusTargetOf,
    caption,
    fullCaption: () => ({
      ...caption(),
      ...options.pictureDetails?.(),
      legend: pictureLegend(map, drawing, currentTheme),
    }),
  });
  map.addControl(new MapToolsControl(() => void controller.resetView()), 'top-right');
  // Before the pointer binding, so a click that spreads a bubble is not read as a click elsewhere first.
  const spread = bindSpreadMembers(map);
  const unbindPointer = bindPointer(map, spread);
  const unbindMeasure = bindMeasureClicks(map);
  const unbindKeys = bindKeyboardFeatures(map, spread);
  let incidents: DatasetIndex | null = null;
  const unbindHoverLabel = bindHoverLabel(map, (id) => incidents?.byId.get(id));
  const bridge = connectStore(map, {
    matchingIds: options.matchingIds,
    focusTargetOf: options.focusTargetOf,
  });
  const unwatch = watchMapHealth(map, { onFailure: options.onFailure, onRestored: bridge.refresh });
  const unexpose = __ATLAS_DEBUG_HANDLE__ ? exposeMap(map) : undefined;
  // The story's sources exist as soon as the style has loaded. Waiting for 'load' instead (every basemap tile
  // drawn) would lay the incidents out in a second round of tiles after the first (npm run bench: cold load).
  const styled = new Promise<void>((resolve) => {
    if (map.isStyleLoaded()) resolve();
    else map.once('style.load', () => resolve());
  });
  void styled.then(bridge.refresh);

  // Data can arrive before the style has loaded; it waits for the sources to exist.
  const setSource = (source: string, data: FeatureCollection) =>
    void styled.then(() => map.getSource<GeoJSONSource>(source)?.setData(data));
  let places: FeatureCollection | null = null;
  const drawPlaces = () => {
    if (!places) return;
    const camera = story.camera;
    const middleLon = 'bounds' in camera ? (camera.bounds[0] + camera.bounds[2]) / 2 : camera.center[0];
    setSource(SOURCE.places, withNameSides(places, story.anchors.places, middleLon));
  };

  const view = () => map.getBounds().toArray();
  return {
    controller,
    view,
    watchView: (listener) => {
      const read = () => listener(view());
      map.on('moveend', read);
      map.on('resize', read);
      return () => {
        map.off('moveend', read);
        map.off('resize', read);
      };
    },
    setTheme: (next) => {
      currentTheme = next;
      applyTheme(map, allLayers, next);
    },
    setStory: (next) => {
      story = next;
      map.setMaxBounds(panLimits(next.region));
      void styled.then(() => applyAnchors(map, next.anchors));
      drawPlaces();
    },
    setSourceData: (source, data) => {
      if (source !== SOURCE.places) return setSource(source, data);
      places = data;
      drawPlaces();
    },
    setProxyCountries: (isoCodes) =>
      void styled.then(() => map.setFilter(LAYER.proxyTint, proxyCountriesFilter(isoCodes))),
    setEvents: (index) => {
      const points = toMapEvents(index);
      drawing = drawingFor(index.events.length);
      incidents = index;
      bridge.setDrawing(drawing);
      void styled.then(() => {
        // The drawing (shapes or dots), halo zooms and filters first, so the worker lays the data out once, in the layers that show it.
        map.setLayerZoomRange(LAYER.eventHalos, drawing === 'dots' ? CROWD_HALO_MIN_ZOOM : 0, 24);
        bridge.refresh();
        void map.getSource<GeoJSONSource>(SOURCE.events)?.setData(points);
        // Dots are never clustered, so a crowd never pays for a cluster index it would not show.
        void map
          .getSource<GeoJSONSource>(SOURCE.eventClusters)
          ?.setData(drawing === 'shapes' ? points : { ...points, features: [] });
        void map.getSource<GeoJSONSource>(SOURCE.strikeArcs)?.setData(toStrikeArcs(index));
        void map.getSource<GeoJSONSource>(SOURCE.regionOutlines)?.setData(toRegionOutlines(index));
      });
    },
    refreshFilters: () => void styled.then(bridge.refresh),
    showChapter: (highlight) =>
      void styled.then(() =>
        showChapter(map, highlight, useAtlasStore.getState().showProxyNetwork, story.anchors.places),
      ),
    setCooperativeGestures: (on) =>
      on ? map.cooperativeGestures.enable() : map.cooperativeGestures.disable(),
    setInteractive: (on) => {
      const handlers = [
        map.dragPan,
        map.scrollZoom,
        map.boxZoom,
        map.doubleClickZoom,
        map.touchZoomRotate,
        map.keyboard,
      ];
      for (const handler of handlers) {
        if (on) handler.enable();
        else handler.disable();
      }
      map.touchZoomRotate.disableRotation();
      container.dataset.interactive = String(on);
    },
    watchLegend: (listener) => watchLegendContent(map, () => drawing, listener),
    destroy: () => {
      controller.settle();
      bridge.disconnect();
      unbindPointer();
      spread.dispose();
      unbindMeasure();
      unbindKeys();
      unbindHoverLabel();
      unexpose?.();
      unwatch();
      map.remove();
    },
  };
}
