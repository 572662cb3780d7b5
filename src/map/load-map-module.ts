let mapModule: Promise<typeof import('./create-map')> | undefined;

/** Too heavy for the first bundle, yet it must not wait for React's first render: main.tsx starts it. */
export function loadMapModule(): Promise<typeof import('./create-map')> {
  // Forgotten on failure, so the reader's retry fetches again.
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
