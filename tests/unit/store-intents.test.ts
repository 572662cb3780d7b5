import { describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { watch } from '../../src/store/watch';
import { shallow } from 'zustand/shallow';

const store = () => useAtlasStore.getState();

describe('what a reader means, as one store action', () => {
  it('opens an incident', () => {
    store().openEvent('kerman-twin-blasts-2024');
    expect(store().selectedId).toBe('kerman-twin-blasts-2024');
  });

  it('closes it again', () => {
    store().openEvent('kerman-twin-blasts-2024');
    store().closeEvent();
    expect(store().selectedId).toBeNull();
  });

  it('moves playback to a day and highlights its first incident, unless the reader points at another', () => {
    const window = { start: '2019-12-27', end: '2019-12-27' };
    store().reachDay('2019-12-27', window, 'k1-air-base-rocket-attack-2019');
    expect(store()).toMatchObject({
      playhead: '2019-12-27',
      timeWindow: window,
      hoveredId: 'k1-air-base-rocket-attack-2019',
      hoverOrigin: 'timeline',
    });
    store().hover('kerman-twin-blasts-2024', 'list');
    store().reachDay('2019-12-29', null, 'us-airstrikes-kataib-hezbollah-iraq-2019');
    expect(store()).toMatchObject({ playhead: '2019-12-29', hoveredId: 'kerman-twin-blasts-2024' });
  });

  it('takes the time window from playback: it stops and forgets its day', () => {
    useAtlasStore.setState({
      playing: true,
      playhead: '2020-01-03',
      timeWindow: { start: '2019-12-01', end: '2020-01-03' },
    });
    store().takeWindow({ start: '2024-01-01', end: '2024-01-31' });
    expect(store()).toMatchObject({
      playing: false,
      playhead: null,
      timeWindow: { start: '2024-01-01', end: '2024-01-31' },
    });
    store().takeWindow(null);
    expect(store().timeWindow).toBeNull();
  });

  it('keeps an equal window as it is, so a drag within one day hands the map nothing new', () => {
    store().takeWindow({ start: '2024-01-03', end: '2024-01-03' });
    const taken = store().timeWindow;
    const heard: unknown[] = [];
    const stop = useAtlasStore.subscribe((state) => heard.push(state.timeWindow));
    store().takeWindow({ start: '2024-01-03', end: '2024-01-03' });
    stop();
    expect(store().timeWindow).toBe(taken);
    expect(heard).toEqual([]);
  });

  it('resets the view to the whole story in one change', () => {
    useAtlasStore.setState({
      selectedId: 'kerman-twin-blasts-2024',
      categories: ['bombing'],
      threads: ['red-sea'],
      search: 'Houthi',
      timeWindow: { start: '2024-01-01', end: '2024-01-31' },
    });
    let changes = 0;
    const stop = useAtlasStore.subscribe(() => changes++);
    store().resetView();
    stop();
    expect(changes).toBe(1);
    expect(store()).toMatchObject({
      selectedId: null,
      categories: [],
      threads: [],
      search: '',
      timeWindow: null,
    });
  });
});

describe('watching one part of the store', () => {
  it('hears only changes of what it selects, with the value before', () => {
    const heard: [string | null, string | null][] = [];
    const stop = watch(
      (state) => state.selectedId,
      (id, previous) => heard.push([id, previous]),
    );
    store().hover('kerman-twin-blasts-2024', 'list');
    store().openEvent('kerman-twin-blasts-2024');
    store().openEvent('kerman-twin-blasts-2024');
    store().select(null);
    stop();
    store().openEvent('soleimani-drone-strike-2020');
    expect(heard).toEqual([
      ['kerman-twin-blasts-2024', null],
      [null, 'kerman-twin-blasts-2024'],
    ]);
  });

  it('compares a selected tuple member by member when asked to', () => {
    let calls = 0;
    const stop = watch(
      (state) => [state.search, state.threads] as const,
      () => calls++,
      shallow,
    );
    store().hover('kerman-twin-blasts-2024', 'map');
    store().setSearch('Houthi');
    stop();
    expect(calls).toBe(1);
  });
});
