let mapModule: Promise<typeof import('./create-map')> | undefined;

/**
 * MapLibre is the heaviest download, so it is not in the first bundle; but it should not wait for React's first
 * render either. main.tsx starts the download at once, and MapView picks up the same promise.
 */
export function loadMapModule(): Promise<typeof import('./create-map')> {
  // A failed download is forgotten, so a later attempt (the reader's retry) fetches again.
  mapModule ??= import('./create-map')
    .then(async (module) => {
      await module.messagesLoaded;
      return module;
    })
    .catch((error: unknown) => {
      mapModule = undefined;
      throw error;
    });
  return mapModule;
}
