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
import type { EventFeature } from '../data/event-schema';
import type { Story } from '../data/story-schema';
import type { Camera } from '../lib/url-state';
import type { CameraRequest } from '../store/camera-slice';
import { clearOfCovers } from './clear-of-covers';
import { exposeMap } from './debug-handle';
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
import { mapSnapshot, whenIdle, type SnapshotCaption } from './snapshot';
import { pictureLegend } from './picture-legend';
import { watchLegendContent } from './bindings/legend-content';
import { bindHoverLabel } from './bindings/hover-label';
import { eventsById } from '../data/events-by-id';
import type { LegendContent } from './legend/legend-entries';
import type { ChapterView } from '../data/chapter-schema';
import { useAtlasStore } from '../store/atlas-store';
import { addCatalogueSection } from '../i18n/add-catalogue-section';
import { mapLibreLocale } from './map-locale';
import { watchMapHealth, type MapFailure } from './watch-map-health';

/** load-map-module.ts waits for these before a map is made. */
export const messagesLoaded = addCatalogueSection(section);

// From our own origin, so the CSP stays at worker-src 'self'.
setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  theme: Theme;
  geoBase: URL;
  initialCamera?: Camera;
  story: Story;
  /** Embeds must never capture the page's scroll. */
  cooperativeGestures?: boolean;
  reducedMotion(): boolean;
  matchingIds(search: string): readonly string[] | null;
  focusTargetOf(id: string): FocusTarget | null;
  onCameraChange(camera: Camera): void;
  /** Its worker did not start, its style failed, or its graphics were lost for good. */
  onFailure(failure: MapFailure): void;
  pictureDetails?(): Omit<SnapshotCaption, 'title' | 'credits'>;
}

export interface MapHandle {
  map: MapLibreMap;
  setTheme(theme: Theme): void;
  setStory(story: Story): void;
  /** Converted here, so the conversion code loads with MapLibre rather than in the first bundle. */
  setEvents(events: readonly EventFeature[]): void;
  setSourceData(source: typeof SOURCE.places | typeof SOURCE.lanes, data: FeatureCollection): void;
  setProxyCountries(isoCodes: readonly string[]): void;
  refreshFilters(): void;
  /** Settles when the map has moved (at once under reduced motion). */
  moveToView(view: ChapterView, padding: number): Promise<void>;
  showChapter(highlight: ChapterHighlight): void;
  /** Once every tile of the view has drawn. */
  snapshot(stamp: string): Promise<Blob>;
  setCooperativeGestures(on: boolean): void;
  /** Its incidents stay reachable by keyboard and pointer. */
  setInteractive(on: boolean): void;
  watchLegend(listener: (content: LegendContent) => void): () => void;
  destroy(): void;
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
    // Fading re-runs placement for every marker each frame: a brush drag took seconds to settle (bench).
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  registerIcons(map);
  // The credits name the data's sources: content, not UI words.
  container.querySelector('.maplibregl-ctrl-attrib-inner')?.setAttribute('data-content', '');

  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  // Browser tests and the benchmark wait on this instead of on timeouts.
  const flagBusy = () => (container.dataset.mapState = 'busy');
  const flagIdle = () => (container.dataset.mapState = 'idle');
  flagBusy();
  map.on('idle', flagIdle);
  map.on('movestart', flagBusy);
  map.on('dataloading', flagBusy);

  const onMoveEnd = () => {
    const center = map.getCenter();
    options.onCameraChange({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
  };
  map.on('moveend', onMoveEnd);
  // The opening view fires no moveend; written now, the first entry holds a camera Back can return to.
  map.once('load', onMoveEnd);

  const resetView = () => {
    const camera = story.camera;
    const animate = !options.reducedMotion();
    if ('bounds' in camera) return map.fitBounds(camera.bounds, { padding: OPENING_PADDING, animate });
    const view = {
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing ?? 0,
      pitch: camera.pitch ?? 0,
    };
    return animate ? map.flyTo(view) : map.jumpTo(view);
  };
  const moveCamera = (request: CameraRequest) => {
    if (request.reset) return resetView();
    if (request.bounds) {
      // Room for the controls and the hint's button, never a sixth of the map more; and for the open legend.
      const { width, height } = container.getBoundingClientRect();
      const side = Math.round(Math.min(64, width / 6));
      const base = { top: side, left: side, right: side, bottom: Math.round(Math.min(110, height / 4)) };
      const padding = clearOfCovers(container, base);
      return map.fitBounds(request.bounds, { padding, maxZoom: 7, animate: !options.reducedMotion() });
    }
    if (request.camera) {
      const { lon, lat, zoom } = request.camera;
      return map.jumpTo({ center: [lon, lat], zoom });
    }
    const position = request.eventId ? options.focusTargetOf(request.eventId)?.position : null;
    if (!position) return;
    const zoom = Math.max(map.getZoom(), 5.5);
    if (options.reducedMotion()) map.jumpTo({ center: position, zoom });
    else map.flyTo({ center: position, zoom, speed: 1.6 });
  };

  map.addControl(new MapToolsControl(resetView), 'top-right');
  // Before the pointer binding, so a click that spreads a bubble is not read as a click elsewhere first.
  const spread = bindSpreadMembers(map);
  const unbindPointer = bindPointer(map, spread);
  const unbindMeasure = bindMeasureClicks(map);
  const unbindKeys = bindKeyboardFeatures(map, spread);
  let incidents: readonly EventFeature[] = [];
  const unbindHoverLabel = bindHoverLabel(map, (id) => eventsById(incidents).get(id));
  let drawing: EventDrawing = 'shapes';
  let currentTheme = theme;
  const caption = () => ({ title: `${story.title}: ${story.dek}`, credits: story.credits });
  const bridge = connectStore(map, {
    matchingIds: options.matchingIds,
    focusTargetOf: options.focusTargetOf,
    moveCamera,
    caption: () => ({
      ...caption(),
      ...options.pictureDetails?.(),
      legend: pictureLegend(map, drawing, currentTheme),
    }),
  });
  const unwatch = watchMapHealth(map, { onFailure: options.onFailure, onRestored: bridge.refresh });
  // Only the tested build carries the handle; in dist/ this line and src/map/debug-handle.ts are dropped.
  const unexpose = __ATLAS_DEBUG_HANDLE__ ? exposeMap(map) : undefined;
  // Not 'load' (every basemap tile drawn): that lays incidents out in a second round of tiles (bench).
  const styled = new Promise<void>((resolve) => {
    if (map.isStyleLoaded()) resolve();
    else map.once('style.load', () => resolve());
  });
  void styled.then(bridge.refresh);

  const setSource = (source: string, data: FeatureCollection) =>
    void styled.then(() => map.getSource<GeoJSONSource>(source)?.setData(data));
  let places: FeatureCollection | null = null;
  const drawPlaces = () => {
    if (!places) return;
    const camera = story.camera;
    const middleLon = 'bounds' in camera ? (camera.bounds[0] + camera.bounds[2]) / 2 : camera.center[0];
    setSource(SOURCE.places, withNameSides(places, story.anchors.places, middleLon));
  };

  return {
    map,
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
    setEvents: (events) => {
      const points = toMapEvents(events);
      drawing = drawingFor(events.length);
      incidents = events;
      bridge.setDrawing(drawing);
      void styled.then(() => {
        // First, so the worker lays the data out once, in the layers that show it.
        map.setLayerZoomRange(LAYER.eventHalos, drawing === 'dots' ? CROWD_HALO_MIN_ZOOM : 0, 24);
        bridge.refresh();
        map.getSource<GeoJSONSource>(SOURCE.events)?.setData(points);
        map
          .getSource<GeoJSONSource>(SOURCE.eventClusters)
          ?.setData(drawing === 'shapes' ? points : { ...points, features: [] });
        map.getSource<GeoJSONSource>(SOURCE.strikeArcs)?.setData(toStrikeArcs(events));
        map.getSource<GeoJSONSource>(SOURCE.regionOutlines)?.setData(toRegionOutlines(events));
      });
    },
    refreshFilters: () => void styled.then(bridge.refresh),
    moveToView: (view, padding) => {
      // Ends the previous move, so its moveend cannot settle this one; a chapter may have just resized the
      // map.
      map.stop();
      map.resize();
      const animate = !options.reducedMotion();
      const settled = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
      if ('bounds' in view) map.fitBounds(view.bounds, { padding, animate, duration: animate ? 1800 : 0 });
      else {
        const camera = {
          center: view.center,
          zoom: view.zoom,
          bearing: view.bearing ?? 0,
          pitch: view.pitch ?? 0,
        };
        if (animate) map.flyTo({ ...camera, speed: 1.2 });
        else map.jumpTo(camera);
      }
      return settled;
    },
    showChapter: (highlight) =>
      void styled.then(() =>
        showChapter(map, highlight, useAtlasStore.getState().showProxyNetwork, story.anchors.places),
      ),
    snapshot: (stamp) => whenIdle(map).then(() => mapSnapshot(map, caption(), stamp)),
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
