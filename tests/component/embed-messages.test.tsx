import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmbedMessages } from '../../src/app/use-embed-messages';
import { useAtlasStore } from '../../src/store/atlas-store';

/** jsdom is never framed; a second window stands in for the page that embeds the atlas. */
function frameTheAtlas() {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const host = iframe.contentWindow as Window;
  Object.defineProperty(window, 'parent', { value: host, configurable: true });
  return host;
}

const post = (data: unknown, source: Window) =>
  window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://news.example' }));

describe('a newsroom page driving its embedded atlas', () => {
  let host: Window;
  beforeEach(() => {
    host = frameTheAtlas();
  });
  afterEach(() => {
    Reflect.deleteProperty(window, 'parent');
    document.body.replaceChildren();
  });

  it('opens an incident and resets the view when the host asks, in embed mode', () => {
    useAtlasStore.setState({ mode: 'embed', threads: ['red-sea'] });
    renderHook(() => useEmbedMessages());

    post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' }, host);
    expect(useAtlasStore.getState().selectedId).toBe('kerman-twin-blasts-2024');
    expect(useAtlasStore.getState().cameraRequest).toMatchObject({ eventId: 'kerman-twin-blasts-2024' });

    post({ type: 'flashpoint:reset' }, host);
    expect(useAtlasStore.getState().selectedId).toBeNull();
    expect(useAtlasStore.getState().threads).toEqual([]);
    expect(useAtlasStore.getState().cameraRequest).toMatchObject({ reset: true });
  });

  it('does not listen outside embed mode', () => {
    renderHook(() => useEmbedMessages());
    post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' }, host);
    expect(useAtlasStore.getState().selectedId).toBeNull();
  });

  it('ignores unknown shapes and other windows', () => {
    useAtlasStore.setState({ mode: 'embed' });
    renderHook(() => useEmbedMessages());
    post({ type: 'flashpoint:select', id: 'not a slug' }, host);
    post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' }, window);
    post('flashpoint:reset', host);
    expect(useAtlasStore.getState().selectedId).toBeNull();
    expect(useAtlasStore.getState().cameraRequest).toBeNull();
  });

  it('stops listening when it unmounts', () => {
    useAtlasStore.setState({ mode: 'embed' });
    const { unmount } = renderHook(() => useEmbedMessages());
    unmount();
    post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' }, host);
    expect(useAtlasStore.getState().selectedId).toBeNull();
  });
});
