import { useCallback, useEffect, useState } from 'react';
import type { EventFeature } from '../../data/event-schema';
import { dateOfDay } from '../../lib/dates';
import { useT } from '../../i18n';
import { formatEventMoment } from '../../i18n/format';
import { useMapControllerSlot } from '../../map/controller/map-controller-context';
import { useAtlasStore } from '../../store/atlas-store';
import { nextDay, previousDay, windowAt } from './playback-steps';

/** One day of the story per second at 1×. */
const BASE_INTERVAL_MS = 1000;

export interface Playback {
  announcement: string;
  toggle: () => void;
  stepForward: () => boolean;
  stepBack: () => void;
}

export function usePlayback(
  /** In story order. */
  events: readonly EventFeature[],
  days: readonly string[],
  firstDay: number,
): Playback {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const slot = useMapControllerSlot();
  const playing = useAtlasStore((state) => state.playing);
  const speed = useAtlasStore((state) => state.playSpeed);
  const playhead = useAtlasStore((state) => state.playhead);

  const goTo = useCallback(
    (day: string) => {
      const store = useAtlasStore.getState();
      const today = events.filter((event) => event.properties.date === day);
      const first = today[0];
      const window = windowAt(day, store.playMode, store.timeWindow, dateOfDay(firstDay));
      // The reader's own pointer on the map or list wins over playback's highlight.
      store.reachDay(day, window, first?.id ?? null);
      if (!first) return;
      setAnnouncement(
        t('timeline.reachedDay', {
          moment: formatEventMoment(first.properties, store.timeDisplay),
          title: first.properties.title,
          others: today.length - 1,
        }),
      );
      if (store.followOnMap) void slot.current()?.showEvent(first.id);
    },
    [events, firstDay, slot, t],
  );

  const stepForward = useCallback(() => {
    const { playhead: current, timeWindow } = useAtlasStore.getState();
    const day = nextDay(days, current, current ? undefined : timeWindow?.start);
    if (day) goTo(day);
    return day !== null;
  }, [days, goTo]);

  const stepBack = useCallback(() => {
    const day = previousDay(days, useAtlasStore.getState().playhead);
    if (day) goTo(day);
  }, [days, goTo]);

  const toggle = useCallback(() => {
    const store = useAtlasStore.getState();
    if (store.playing) return store.setPlaying(false);
    if (store.playhead && !nextDay(days, store.playhead)) store.setPlayhead(null);
    if (!store.playhead && !stepForward()) return;
    useAtlasStore.getState().setPlaying(true);
  }, [days, stepForward]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      // Pause may have landed after this timer fired but before React cleared it: it must not step once more.
      if (!useAtlasStore.getState().playing) return;
      if (!stepForward()) useAtlasStore.getState().setPlaying(false);
    }, BASE_INTERVAL_MS / speed);
    return () => window.clearTimeout(timer);
  }, [playing, speed, playhead, stepForward]);

  return { announcement, toggle, stepForward, stepBack };
}
