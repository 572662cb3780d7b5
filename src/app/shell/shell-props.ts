import type { ComponentType } from 'react';
import type { Camera } from '../../lib/url-state';

/** What every mode's shell is handed by App. */
export interface ShellProps {
  /** The camera a shared link opened with. */
  initialCamera?: Camera;
  /**
   * The explore shell, for a mode that shows it (as a fallback, or beside its own parts). Handed over rather
   * than imported: a static import from a lazy shell would split the explore shell's modules out of the first
   * bundle into shared chunks (npm run size: 101.1 KB against 98.9 KB).
   */
  Explore: ComponentType<Omit<ShellProps, 'Explore'>>;
}
