import type { ComponentType } from 'react';
import type { Camera } from '../../lib/url-state';
import type { MapViewProps } from '../../map/MapView';
import type { ErrorBoundary } from '../../ui/ErrorBoundary';

/** What every mode's shell is handed by App. */
export interface ShellProps {
  /** The camera a shared link opened with. */
  initialCamera?: Camera;
  /**
   * The explore shell, for a mode that shows it (as a fallback, or beside its own parts). Handed over rather
   * than imported: a static import from a lazy shell would split the explore shell's modules out of the first
   * bundle into shared chunks (npm run size: 101.1 KB against 98.9 KB).
   */
  Explore: ComponentType<Omit<ShellProps, 'Explore' | 'Timeline' | 'MapView' | 'ErrorBoundary'>>;
  /** The timeline strip, handed over for the same reason (present mode shows it when a chapter asks). */
  Timeline: ComponentType;
  /**
   * The map and the error boundary, handed over for the same reason: imported by the present shell, they split
   * React, the store and the translation runtime out of the first bundle into five shared chunks (+1.4 KB).
   */
  MapView: ComponentType<MapViewProps>;
  ErrorBoundary: typeof ErrorBoundary;
}
