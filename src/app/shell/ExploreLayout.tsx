import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { BottomSheet } from '../../ui/BottomSheet';
import { ThemeToggle } from '../../features/theme/ThemeToggle';
import { useAtlasStore } from '../../store/atlas-store';
import { followHeaderHeight } from '../../ui/follow-header-height';

interface ExploreLayoutProps {
  /** The story's title and dek; the header keeps their room while the story file loads. */
  title?: string;
  dek?: string;
  map: ReactNode;
  panel: ReactNode;
  /** A strip under the map (the timeline); optional so other modes can leave it out. */
  timeline?: ReactNode;
  /** The open incident, if any: the phone sheet rises to show it and stops at half to keep the map in view. */
  openKey?: string | null;
}

/** The explore shell: header, map, and a side panel (a bottom sheet on phones). It holds, never knows, its features. */
export function ExploreLayout({ title, dek, map, panel, timeline, openKey = null }: ExploreLayoutProps) {
  const t = useT();
  const detailOpen = openKey !== null;
  return (
    <div className="shell">
      {/* The list is not in the page while an incident is open; the skip link must always land somewhere. */}
      <a className="skip-link" href={detailOpen ? '#panel' : '#event-list'}>
        {detailOpen ? t('app.skipToIncident') : t('app.skipToList')}
      </a>
      <header ref={followHeaderHeight} className="shell__header">
        <div className="shell__title">
          {title && (
            <h1 data-content="" dir="auto">
              {title}
            </h1>
          )}
          {dek && (
            <p className="shell__dek" data-content="" dir="auto">
              {dek}
            </p>
          )}
        </div>
        <div className="shell__actions">
          <button
            type="button"
            className="shell__present"
            onClick={() => useAtlasStore.getState().setMode('present')}
          >
            {t('app.present')}
          </button>
          <ThemeToggle />
        </div>
      </header>
      <main className="shell__main">
        <div className="shell__map">{map}</div>
        {timeline && <div className="shell__timeline">{timeline}</div>}
        <BottomSheet
          id="panel"
          label={t('app.panelLabel')}
          nameInSentence={t('app.panelInSentence')}
          maxSnap={detailOpen ? 'half' : 'full'}
          openKey={openKey}
        >
          {panel}
        </BottomSheet>
      </main>
    </div>
  );
}
