import { describe, expect, it } from 'vitest';
import { applyUrlState, readUrlState } from '../../src/app/url-sync';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { useAtlasStore } from '../../src/store/atlas-store';
import { MODES } from '../../src/store/view-slice';

const parse = (search: string) =>
  parseUrlState(search, { categories: CATEGORIES, threads: THREADS, modes: MODES });

describe('playback and time display in a link', () => {
  it('reads the mode, the speed and UTC', () => {
    expect(parse('?play=window&speed=0.5&tz=utc')).toEqual({ play: 'window', speed: 0.5, tz: 'utc' });
    expect(parse('?play=cumulative&speed=8')).toEqual({ play: 'cumulative', speed: 8 });
  });

  it('ignores values it does not know, and keeps the rest of the link', () => {
    expect(parse('?play=loop&speed=3&tz=Asia/Tehran&from=2020-01-01&to=2020-01-31')).toEqual({
      from: '2020-01-01',
      to: '2020-01-31',
    });
    expect(parse('?speed=Infinity&speed=1e1&tz=UTC')).toEqual({});
  });

  it('writes them back in a fixed order after the window', () => {
    expect(
      serializeUrlState({ from: '2023-10-01', to: '2024-01-31', play: 'window', speed: 2, tz: 'utc' }),
    ).toBe('?from=2023-10-01&to=2024-01-31&play=window&speed=2&tz=utc');
  });

  it('puts them in the store, and back to the defaults when a link leaves them out', () => {
    applyUrlState(readUrlState('?play=window&speed=4&tz=utc'));
    expect(useAtlasStore.getState()).toMatchObject({ playMode: 'window', playSpeed: 4, timeDisplay: 'utc' });
    applyUrlState(readUrlState(''));
    expect(useAtlasStore.getState()).toMatchObject({
      playMode: 'cumulative',
      playSpeed: 1,
      timeDisplay: 'local',
    });
  });
});
