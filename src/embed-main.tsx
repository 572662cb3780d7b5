import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './ui/global.css';
import './ui/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { EmbedShell } from './app/shell/EmbedShell';
import { applyUrlState, readUrlState } from './app/url-sync';
import { activateLocale } from './i18n';
import { loadMapModule } from './map/load-map-module';
import { useAtlasStore } from './store/atlas-store';

const root = document.getElementById('root');
if (!root) throw new Error('Flashpoint Atlas: the page has no #root element.');

const initial = readUrlState();
// An embed's chapter is named by chapter= (docs/EMBED.md); present mode's step= means nothing here.
applyUrlState({ ...initial, mode: 'embed', step: undefined });
void loadMapModule().catch(() => undefined);

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <EmbedShell initialCamera={initial.camera} />
      </AppProviders>
    </StrictMode>,
  );
useAtlasStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) void activateLocale(state.locale).catch(() => undefined);
});
activateLocale(useAtlasStore.getState().locale)
  .catch(() => activateLocale('en'))
  .then(render, render);
