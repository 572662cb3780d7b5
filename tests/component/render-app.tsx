import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/providers';
import { applyUrlState, readUrlState } from '../../src/app/url-sync';

/** The app as main.tsx boots it, with a fresh QueryClient that does not retry (tests want the failure now). */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const initial = readUrlState();
  applyUrlState(initial);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <AppProviders client={client}>
      <App initialCamera={initial.camera} />
    </AppProviders>,
  );
}
