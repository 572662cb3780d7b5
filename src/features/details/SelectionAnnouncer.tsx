import { section } from 'virtual:atlas-catalogue-section/announcer';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { formatShortDay } from '../../i18n/format';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useEventById } from '../../data/use-dataset';

/** Long enough to be read, short enough that arrowing through the page later does not find a stale message. */
const CLEAR_AFTER_MS = 4000;
/** Long enough for the detail's code to arrive and its heading to take focus, or the close button to return it. */
const SETTLE_MS = 600;
/** A detail that has not arrived after this many settles will not move focus; the announcer speaks instead. */
const MAX_ROUNDS = 10;

/**
 * Speaks only when focus did not carry the news (a symbol opened on the map, a host page selecting, Back
 * closing the incident), so nothing is said twice.
 */
// It speaks long after its words have loaded, so it never waits for them (nor suspends an embed).
void addCatalogueSection(section);

export function SelectionAnnouncer() {
  const selectedId = useAtlasStore(selectSelectedId);
  const event = useEventById(selectedId);
  const [message, setMessage] = useState('');
  const latest = useRef({ event });
  const previous = useRef(selectedId);
  useEffect(() => {
    latest.current = { event };
  });

  useEffect(() => {
    if (previous.current === selectedId) return;
    previous.current = selectedId;
    let focusCarriedIt = false;
    const onFocus = (focus: FocusEvent) => {
      const target = focus.target instanceof Element ? focus.target : null;
      if (selectedId ? target?.closest('article') : target && target !== document.body) focusCarriedIt = true;
    };
    document.addEventListener('focusin', onFocus);
    let drawnBefore = false;
    const decide = () => {
      // On a slow device the heading takes focus just after it is drawn: wait a whole settle before deciding
      // focus said nothing.
      const drawn = document.querySelector('article') !== null;
      if (selectedId && !focusCarriedIt && !(drawn && drawnBefore) && rounds < MAX_ROUNDS) {
        drawnBefore = drawn;
        rounds += 1;
        speak = setTimeout(decide, SETTLE_MS);
        return;
      }
      document.removeEventListener('focusin', onFocus);
      const focused = document.activeElement;
      if (focusCarriedIt) return;
      if (selectedId) {
        if (focused?.closest('article')) return;
        const p = latest.current.event?.properties;
        setMessage(
          p
            ? t('announce.opened', { title: p.title, date: formatShortDay(p.date) })
            : t('announce.openedUnknown'),
        );
      } else if (!focused || focused === document.body) {
        setMessage(t('announce.closed'));
      }
      clear = setTimeout(() => setMessage(''), CLEAR_AFTER_MS);
    };
    let rounds = 0;
    let clear: ReturnType<typeof setTimeout> | undefined;
    let speak = setTimeout(decide, SETTLE_MS);
    return () => {
      document.removeEventListener('focusin', onFocus);
      clearTimeout(speak);
      clearTimeout(clear);
    };
  }, [selectedId]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
