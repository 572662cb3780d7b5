import { useEffect, useRef } from 'react';
import { CATEGORIES, THREADS } from '../../data/vocabulary';
import { atlasEventMessage, type AtlasEvent } from '../../lib/embed/atlas-events';
import { readHostCommand, type HostCommand } from '../../lib/embed/host-commands';
import type { MapController } from '../../map/controller/map-controller';
import { useMapControllerSlot } from '../../map/controller/map-controller-context';
import { useAtlasStore } from '../../store/atlas-store';
import type { HostChannel } from './host-channel';

const vocabulary = { categories: CATEGORIES, threads: THREADS };

export interface ChapterControl {
  /** Null until the story file has loaded (`ready` waits for it). */
  ids: readonly string[] | null;
  /** -1 when none is. */
  current: number;
  goTo: (index: number) => void;
}

function apply(
  command: HostCommand<(typeof CATEGORIES)[number], (typeof THREADS)[number]>,
  controller: MapController | null,
): void {
  const store = useAtlasStore.getState();
  switch (command.command) {
    case 'open-incident':
      store.openEvent(command.incident);
      void controller?.showEvent(command.incident);
      return;
    case 'close-incident':
      store.select(null);
      return;
    case 'set-filters':
      useAtlasStore.setState({
        threads: command.threads ?? [],
        categories: command.categories ?? [],
        search: command.search ?? '',
        timeWindow: command.from && command.to ? { start: command.from, end: command.to } : null,
      });
      return;
    case 'set-theme':
      store.setThemePreference(command.theme === 'auto' ? 'system' : command.theme);
      return;
    case 'reset':
      store.resetView();
      store.leaveChapters();
      void controller?.resetView();
      return;
  }
}

export function useControlApi(channel: HostChannel, id: string | null, chapters: ChapterControl): void {
  const slot = useMapControllerSlot();
  const chaptersRef = useRef(chapters);
  useEffect(() => {
    chaptersRef.current = chapters;
  });

  useEffect(() => {
    const send = (event: AtlasEvent, about: 'frame' | 'reader') =>
      channel.post(atlasEventMessage(event, id), about);
    const ready = () => {
      const { ids } = chaptersRef.current;
      if (ids) send({ event: 'ready', chapters: [...ids] }, 'frame');
    };
    const onMessage = (event: MessageEvent) => {
      const command = readHostCommand(
        event,
        { parent: window.parent, self: window, hostOrigin: channel.origin() },
        vocabulary,
      );
      if (!command) return;
      channel.learn(event.origin);
      if (command.command === 'hello') return ready();
      if (command.command === 'go-to-chapter') {
        const index = chaptersRef.current.ids?.indexOf(command.chapter) ?? -1;
        if (index >= 0) chaptersRef.current.goTo(index);
        return;
      }
      apply(command, slot.current());
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.selectedId === previous.selectedId) return;
      send(
        state.selectedId
          ? { event: 'incident-opened', incident: state.selectedId }
          : { event: 'incident-closed' },
        'reader',
      );
    });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, [channel, id, slot]);

  const { ids, current } = chapters;
  // Sent once the chapters are known, so a host that scrolls to a step at once can already name it.
  useEffect(() => {
    if (ids) channel.post(atlasEventMessage({ event: 'ready', chapters: [...ids] }, id), 'frame');
  }, [channel, id, ids]);

  const chapter = current >= 0 ? ids?.[current] : undefined;
  useEffect(() => {
    if (chapter === undefined) return;
    channel.post(atlasEventMessage({ event: 'chapter-changed', chapter, index: current }, id), 'reader');
  }, [channel, id, chapter, current]);
}
