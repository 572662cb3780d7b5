import { useRef, type CSSProperties, type ReactNode } from 'react';
import { embedContext } from '../embed/embed-context';
import { useHeightReporter } from '../embed/use-height-reporter';
import { useMediaQuery } from '../embed/use-media-query';

interface EmbedLayoutProps {
  title: ReactNode;
  dek: ReactNode;
  map: ReactNode;
  /** The incident list beside the map when the frame is wide enough for both; under the static map otherwise. */
  side: ReactNode;
  /** Under the map: the stepper, the open incident's card. */
  below: ReactNode;
  footer: ReactNode;
}

/** Wide enough for a 300 px list beside a map that is still wider than it. */
const WIDE_FRAME = '(min-width: 760px)';

/**
 * The embed shell: a compact title, the map first, what belongs to it under it. Its height is its own (the map's
 * aspect ratio or ?height=, plus the content), reported to the host; it never fills the frame it is given.
 */
export function EmbedLayout({ title, dek, map, side, below, footer }: EmbedLayoutProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { channel, identity, params } = embedContext();
  useHeightReporter(rootRef, channel, identity);
  const wide = useMediaQuery(WIDE_FRAME);
  const mapHeight = params.height
    ? ({ '--embed-map-height': `${params.height}px` } as CSSProperties)
    : undefined;
  return (
    <div ref={rootRef} className="embed" data-wide={wide || undefined}>
      <header className="embed__head">
        <h1 className="embed__title">{title}</h1>
        <p className="embed__dek">{dek}</p>
      </header>
      <main className="embed__main">
        <div className="embed__map" style={mapHeight}>
          {map}
        </div>
        {/* Narrow frames show it only when the map could not be drawn (embed.css), so no incident is out of reach. */}
        <div className="embed__side">{side}</div>
        <div className="embed__below">{below}</div>
      </main>
      <footer className="embed__foot">{footer}</footer>
    </div>
  );
}
