import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './ui/global.css';
import './ui/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/providers';
import { applyUrlState, readUrlState } from './app/url-sync';
import { activateLocale } from './i18n';
import { loadMapModule } from './map/load-map-module';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { useAtlasStore } from './store/atlas-store';
import { rememberedTheme } from './store/theme-memory';

const root = document.getElementById('root');
if (!root) throw new Error('Flashpoint Atlas: the page has no #root element.');

// A shared link decides the first view; reading it before the first render avoids a flash of the default.
const initial = readUrlState();
applyUrlState(initial);
// A link's theme wins; without one, explore mode starts in the theme the reader last chose here.
if (!initial.theme && useAtlasStore.getState().mode === 'explore') {
  useAtlasStore.setState({ themePreference: rememberedTheme() ?? 'system' });
}

// The map's code downloads while React draws the header and list, instead of after them. MapView asks whether
// WebGL works only after that first paint; a browser without it downloads a chunk it never runs, and still gets
// its static map.
void loadMapModule().catch(() => undefined);
registerServiceWorker(initial.mode ?? 'explore');

// English is in the first bundle; another language's catalogue arrives first, so no English flashes before it.
// A catalogue that cannot load leaves the atlas in English rather than blank.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <App initialCamera={initial.camera} />
      </AppProviders>
    </StrictMode>,
  );
useAtlasStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) void activateLocale(state.locale).catch(() => undefined);
});
activateLocale(useAtlasStore.getState().locale)
  .catch(() => activateLocale('en'))
  .then(render, render);
