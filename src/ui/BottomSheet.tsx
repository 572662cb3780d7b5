import { useRef, useState, type CSSProperties, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import './bottom-sheet.css';
import { usePanelScroll } from './use-panel-scroll';

export const SNAPS = ['peek', 'half', 'full'] as const;
export type Snap = (typeof SNAPS)[number];

interface BottomSheetProps {
  id: string;
  label: string;
  nameInSentence: string;
  children: ReactNode;
  /** A detail keeps the map at half the screen, so it caps the sheet at half. */
  maxSnap: Snap;
  /** When this changes the sheet rises to half, so what was just opened can be read. */
  openKey: string | null;
  /** Laid out but not shown yet, so the content's first arrangement never jumps on screen. */
  pending?: boolean;
}

const DRAG_THRESHOLD_PX = 40;

const clampSnap = (snap: Snap, max: Snap): Snap => (SNAPS.indexOf(snap) > SNAPS.indexOf(max) ? max : snap);

function stepSnap(snap: Snap, direction: 1 | -1, max: Snap): Snap {
  const index = Math.min(Math.max(SNAPS.indexOf(snap) + direction, 0), SNAPS.indexOf(max));
  return SNAPS[index] ?? 'peek';
}

/** On wide screens the stylesheet ignores the snap and the handle, so one element serves both. */
export function BottomSheet({
  id,
  label,
  nameInSentence,
  children,
  maxSnap,
  openKey,
  pending = false,
}: BottomSheetProps) {
  const t = useT();
  const [chosen, setChosen] = useState<Snap>(openKey ? 'half' : 'peek');
  const [dragOffset, setDragOffset] = useState<number | null>(null);
  const dragStart = useRef<number | null>(null);
  const dragged = useRef(false);
  const sheetRef = useRef<HTMLElement>(null);
  usePanelScroll(sheetRef, openKey);
  const snap = clampSnap(chosen, maxSnap);

  const [seenOpenKey, setSeenOpenKey] = useState(openKey);
  if (openKey !== seenOpenKey) {
    setSeenOpenKey(openKey);
    if (openKey) setChosen('half');
  }

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    dragStart.current = event.clientY;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (dragStart.current !== null) setDragOffset(event.clientY - dragStart.current);
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const moved = dragStart.current === null ? 0 : event.clientY - dragStart.current;
    dragStart.current = null;
    setDragOffset(null);
    if (Math.abs(moved) < DRAG_THRESHOLD_PX) return;
    dragged.current = true;
    setChosen((current) => stepSnap(clampSnap(current, maxSnap), moved < 0 ? 1 : -1, maxSnap));
  };
  const cycle = () => setChosen((current) => (snap === maxSnap ? 'peek' : stepSnap(current, 1, maxSnap)));
  const expanded = snap !== 'peek';

  return (
    <aside
      ref={sheetRef}
      id={id}
      className="shell__panel sheet"
      data-snap={snap}
      data-dragging={dragOffset !== null || undefined}
      style={dragOffset !== null ? ({ '--sheet-drag': `${dragOffset}px` } as CSSProperties) : undefined}
      tabIndex={-1}
      aria-label={label}
      // A keyboard user tabbing into a peeking sheet would be typing into something they cannot see.
      onFocus={(event) => {
        if (snap === 'peek' && event.target instanceof Element && event.target.closest('.sheet__body'))
          setChosen('half');
      }}
    >
      <button
        type="button"
        className="sheet__handle"
        aria-expanded={expanded}
        aria-controls={`${id}-body`}
        aria-label={t(snap === maxSnap ? 'sheet.showLessOf' : 'sheet.showMoreOf', { panel: nameInSentence })}
        onClick={() => {
          if (!dragged.current) cycle();
          dragged.current = false;
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          dragStart.current = null;
          setDragOffset(null);
        }}
      >
        <span className="sheet__grip" aria-hidden="true" />
        <span className="sheet__handle-text">
          {t(snap === maxSnap ? 'sheet.showLess' : 'sheet.showMore')}
        </span>
      </button>
      <div id={`${id}-body`} className="sheet__body" data-pending={pending ? '' : undefined}>
        {children}
      </div>
    </aside>
  );
}
