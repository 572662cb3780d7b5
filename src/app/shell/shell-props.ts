import type { ComponentType } from 'react';
import type { Camera } from '../../lib/url-state';
import type { MapViewProps } from '../../map/MapView';
import type { ErrorBoundary } from '../../ui/ErrorBoundary';

export interface ShellProps {
  initialCamera?: Camera;
  /** Not imported: from a lazy shell that splits the explore shell out of the first bundle (+2.2 KB). */
  Explore: ComponentType<Omit<ShellProps, 'Explore' | 'Timeline' | 'MapView' | 'ErrorBoundary'>>;
  Timeline: ComponentType;
  /** Not imported either: that splits React, the store and i18n into five shared chunks (+1.4 KB). */
  MapView: ComponentType<MapViewProps>;
  ErrorBoundary: typeof ErrorBoundary;
}
