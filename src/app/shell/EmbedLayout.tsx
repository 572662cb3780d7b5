import { useRef, type CSSProperties, type ReactNode } from 'react';
import { embedContext } from '../embed/embed-context';
import { useHeightReporter } from '../embed/use-height-reporter';
import { useMediaQuery } from '../embed/use-media-query';

interface EmbedLayoutProps {
  title: ReactNode;
  dek: ReactNode;
  map: ReactNode;
  side: ReactNode;
  below: ReactNode;
  footer: ReactNode;
}

/** Room for a 300 px list beside a map still wider than it. */
const WIDE_FRAME = '(min-width: 760px)';

/** Its height is its own, reported to the host; it never fills the frame it is given. */
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
        <div className="embed__side">{side}</div>
        <div className="embed__below">{below}</div>
      </main>
      <footer className="embed__foot">{footer}</footer>
    </div>
  );
}
