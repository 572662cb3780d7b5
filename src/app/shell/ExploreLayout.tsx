import type { ReactNode } from 'react';
import { ThemeToggle } from '../../ui/ThemeToggle';

interface ExploreLayoutProps {
  map: ReactNode;
  panel: ReactNode;
}

/** The explore shell: header, map, and a side panel (a bottom sheet on phones). It holds, never knows, its features. */
export function ExploreLayout({ map, panel }: ExploreLayoutProps) {
  return (
    <div className="shell">
      <a className="skip-link" href="#event-list">
        Skip to the incident list
      </a>
      <header className="shell__header">
        <div className="shell__title">
          <h1>Flashpoint Atlas</h1>
          <p className="shell__dek">Kerman, Soleimani and the wider conflict, mapped</p>
        </div>
        <ThemeToggle />
      </header>
      <main className="shell__main">
        <div className="shell__map">{map}</div>
        <aside id="panel" className="shell__panel" tabIndex={-1} aria-label="Incidents">
          {panel}
        </aside>
      </main>
    </div>
  );
}
