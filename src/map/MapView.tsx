import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { FAMILY_OF } from '../data/category-families';
import { matchingIds } from '../data/search-text';
import { proxyNetworkCountries } from '../data/proxy-network';
import { actorsQuery, eventsQuery, lanesQuery, placesQuery } from '../data/queries';
import type { Story } from '../data/story-schema';
import type { Camera } from '../lib/url-state';
import { markPageSettled } from '../lib/page-settled';
import { reloadPage } from '../lib/reload-page';
import type { MapHandle } from './create-map';
import type { Theme } from './style/palette';
import { SOURCE } from './layers/ids';
import { useMapControllerSlot } from './controller/map-controller-context';
import { loadMapModule } from './load-map-module';
import { MapFailureNotice, type MapOutage } from './MapFailureNotice';
import { pictureDetails } from './picture-details';
import type { LegendPreset, MapOverlaysProps } from './overlays/MapOverlays';

// If this chunk cannot download, the map still works without its legend and hints.
const MapOverlays = lazy<ComponentType<MapOverlaysProps>>(() =>
  import('./overlays/MapOverlays').then(
    (module) => ({ default: module.MapOverlays }),
    () => ({ default: () => null }),
  ),
);

export interface MapViewProps {
  theme: Theme;
  label: string;
  story: Story | undefined;
  dataPath?: string;
  initialCamera?: Camera;
  cooperativeGestures?: boolean;
  interactive?: boolean;
  fallback?: ReactNode;
  onCameraChange: (camera: Camera) => void;
  /** Null when the map goes. */
  onHandle?: (handle: MapHandle | null) => void;
  legend?: LegendPreset;
  /** A tour's chapter frames its own matches. */
  filterHints?: boolean;
}

type MapStatus = 'loading' | 'ready' | MapOutage;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function MapView({
  theme,
  label,
  story,
  dataPath,
  initialCamera,
  cooperativeGestures = false,
  interactive = true,
  fallback,
  onCameraChange,
  onHandle,
  legend = 'auto',
  filterHints = true,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<MapHandle | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [attempt, setAttempt] = useState(0);
  const slot = useMapControllerSlot();

  const dataset = useQuery(eventsQuery(dataPath)).data;
  const index = dataset?.index;
  const actors = useQuery(actorsQuery()).data;
  const places = useQuery(placesQuery()).data?.features;
  const lanes = useQuery(lanesQuery()).data;

  // Read lazily, in callbacks, so creating the map never waits on them and never repeats for them.
  const props = {
    theme,
    story,
    index,
    dataset,
    actors,
    initialCamera,
    onCameraChange,
    cooperativeGestures,
    onHandle,
  };
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const storyReady = story !== undefined;

  useEffect(() => {
    const container = containerRef.current;
    const initialStory = latest.current.story;
    if (!initialStory) return void loadMapModule().catch(() => undefined);
    if (!container) return;
    let cancelled = false;
    const giveUp = (outage: MapOutage) => {
      markPageSettled();
      if (cancelled) return;
      cancelled = true;
      if (handleRef.current) {
        latest.current.onHandle?.(null);
        slot.detach(handleRef.current.controller);
      }
      handleRef.current?.destroy();
      handleRef.current = null;
      setHandle(null);
      setStatus(outage);
    };
    // No WebGL check of our own: MapLibre throws without it; a test context cost 100s of ms on a software
    // GPU.
    const start = ({ createMap }: typeof import('./create-map')) => {
      if (cancelled) return;
      handleRef.current = createMap({
        container,
        theme: latest.current.theme,
        geoBase: new URL('geo/', document.baseURI),
        initialCamera: latest.current.initialCamera,
        story: initialStory,
        cooperativeGestures: latest.current.cooperativeGestures,
        reducedMotion: prefersReducedMotion,
        matchingIds: (search) => {
          const { index, actors } = latest.current;
          return index ? matchingIds(index, actors ?? [], search) : null;
        },
        focusTargetOf: (id) => {
          const event = latest.current.index?.byId.get(id);
          if (!event?.geometry) return null;
          return {
            position: [...event.geometry.coordinates],
            family: FAMILY_OF[event.properties.category],
          };
        },
        onCameraChange: (camera) => latest.current.onCameraChange(camera),
        pictureDetails: () => pictureDetails(latest.current.dataset ?? {}),
        // Removing the map from inside one of its own event handlers would leave MapLibre mid-dispatch.
        onFailure: (failure) => queueMicrotask(() => giveUp(failure)),
      });
      setStatus('ready');
      setHandle(handleRef.current);
      latest.current.onHandle?.(handleRef.current);
      slot.attach(handleRef.current.controller);
    };
    loadMapModule().then(
      (module) => {
        try {
          start(module);
        } catch (error) {
          if (error instanceof Error && error.name === 'GPUInitializationError') return giveUp('unsupported');
          console.error(error);
          giveUp('start');
        }
      },
      (error: unknown) => {
        console.error(error);
        giveUp('download');
      },
    );
    return () => {
      cancelled = true;
      if (handleRef.current) {
        latest.current.onHandle?.(null);
        slot.detach(handleRef.current.controller);
      }
      handleRef.current?.destroy();
      handleRef.current = null;
      setHandle(null);
    };
  }, [attempt, storyReady, slot]);

  useEffect(() => {
    handleRef.current?.setTheme(theme);
  }, [theme]);

  useEffect(() => {
    handleRef.current?.setCooperativeGestures(cooperativeGestures);
  }, [status, cooperativeGestures]);

  useEffect(() => {
    handleRef.current?.setInteractive(interactive);
  }, [status, interactive]);

  useEffect(() => {
    if (story) handleRef.current?.setStory(story);
  }, [status, story]);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle || !index) return;
    handle.setEvents(index);
  }, [status, index]);

  useEffect(() => {
    const handle = handleRef.current;
    if (!handle || !actors) return;
    handle.setProxyCountries(proxyNetworkCountries(actors));
    handle.refreshFilters();
  }, [status, actors]);

  useEffect(() => {
    if (handleRef.current && places)
      handleRef.current.setSourceData(SOURCE.places, { type: 'FeatureCollection', features: places });
  }, [status, places]);

  useEffect(() => {
    if (handleRef.current && lanes)
      handleRef.current.setSourceData(SOURCE.lanes, { type: 'FeatureCollection', features: lanes });
  }, [status, lanes]);

  if (status !== 'loading' && status !== 'ready') {
    // Chromium (150 here) keeps a failed chunk import for the page's life, so only a reload fetches it again.
    const retry =
      status === 'download'
        ? reloadPage
        : () => {
            setStatus('loading');
            setAttempt((count) => count + 1);
          };
    return <MapFailureNotice outage={status} fallback={fallback} onRetry={retry} />;
  }

  return (
    <div className="map-frame" data-status={status}>
      <div ref={containerRef} className="map-canvas" role="region" aria-label={label} />
      {handle && (
        <Suspense fallback={null}>
          <MapOverlays handle={handle} legend={legend} filterHints={filterHints} />
        </Suspense>
      )}
    </div>
  );
}
