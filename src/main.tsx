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

// Read before the first render, so the default view never flashes.
const initial = readUrlState();
applyUrlState(initial);
if (!initial.theme && useAtlasStore.getState().mode === 'explore') {
  useAtlasStore.setState({ themePreference: rememberedTheme() ?? 'system' });
}

// Downloads while React draws the header and list; a browser without WebGL fetches a chunk it never runs.
void loadMapModule().catch(() => undefined);
registerServiceWorker(initial.mode ?? 'explore');

// Another language's catalogue arrives before the first render, so no English flashes; one that cannot load
// leaves English, not a blank page.
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
