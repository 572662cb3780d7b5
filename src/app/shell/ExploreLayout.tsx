import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { BottomSheet } from '../../ui/BottomSheet';
import { EmbedButton } from '../../features/embed-builder/EmbedButton';
import { ThemeToggle } from '../../features/theme/ThemeToggle';
import { useAtlasStore } from '../../store/atlas-store';
import { followHeaderHeight } from '../../ui/follow-header-height';
import { currentView } from '../url-sync';

interface ExploreLayoutProps {
  /** The header keeps their room while the story file loads. */
  title?: string;
  dek?: string;
  map: ReactNode;
  panel: ReactNode;
  /** The panel waits for the story, whose intro sits above the filters and would push them down on arrival. */
  panelPending?: boolean;
  timeline?: ReactNode;
  openKey?: string | null;
}

export function ExploreLayout({
  title,
  dek,
  map,
  panel,
  panelPending = false,
  timeline,
  openKey = null,
}: ExploreLayoutProps) {
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
          <EmbedButton view={currentView} />
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
          pending={panelPending}
        >
          {panel}
        </BottomSheet>
      </main>
    </div>
  );
}
