import type { ReactNode } from 'react';
import { BottomSheet } from '../../ui/BottomSheet';
import { ThemeToggle } from '../../features/theme/ThemeToggle';

interface ExploreLayoutProps {
  map: ReactNode;
  panel: ReactNode;
  /** A strip under the map (the timeline); optional so other modes can leave it out. */
  timeline?: ReactNode;
  /** The open incident, if any: the phone sheet rises to show it and stops at half to keep the map in view. */
  openKey?: string | null;
}

/** The explore shell: header, map, and a side panel (a bottom sheet on phones). It holds, never knows, its features. */
export function ExploreLayout({ map, panel, timeline, openKey = null }: ExploreLayoutProps) {
  const detailOpen = openKey !== null;
  return (
    <div className="shell">
      {/* The list is not in the page while an incident is open; the skip link must always land somewhere. */}
      <a className="skip-link" href={detailOpen ? '#panel' : '#event-list'}>
        {detailOpen ? 'Skip to the incident' : 'Skip to the incident list'}
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
        {timeline && <div className="shell__timeline">{timeline}</div>}
        <BottomSheet id="panel" label="Incidents" maxSnap={detailOpen ? 'half' : 'full'} openKey={openKey}>
          {panel}
        </BottomSheet>
      </main>
    </div>
  );
}
