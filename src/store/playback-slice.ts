import type { StateCreator } from 'zustand';

export const PLAY_SPEEDS = [0.5, 1, 2, 4, 8] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const PLAY_MODES = ['cumulative', 'window'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

export interface PlaybackSlice {
  playing: boolean;
  playSpeed: PlaySpeed;
  playMode: PlayMode;
  followOnMap: boolean;
  /** YYYY-MM-DD, local; null before it starts. */
  playhead: string | null;
  setPlaying: (playing: boolean) => void;
  setPlaySpeed: (speed: PlaySpeed) => void;
  setPlayMode: (mode: PlayMode) => void;
  setFollowOnMap: (follow: boolean) => void;
  setPlayhead: (day: string | null) => void;
}

export const createPlaybackSlice: StateCreator<PlaybackSlice, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  playSpeed: 1,
  playMode: 'cumulative',
  followOnMap: false,
  playhead: null,
  setPlaying: (playing) => set({ playing }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  setPlayMode: (playMode) => set({ playMode }),
  setFollowOnMap: (followOnMap) => set({ followOnMap }),
  setPlayhead: (playhead) => set({ playhead }),
});
