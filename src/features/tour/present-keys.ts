/** The keys clickers, PowerPoint and reveal.js use. */
export type PresentIntent =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; step: number }
  | { kind: 'fullscreen' }
  | { kind: 'blank'; colour: 'black' | 'white' }
  | { kind: 'unblank' }
  /** Shift+F5 starts from the current chapter (a clicker's "play" button). */
  | { kind: 'start'; fromCurrent: boolean }
  | { kind: 'leave' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export interface KeyReading {
  intent: PresentIntent | null;
  digits: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const MODIFIER_ONLY = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

function intentOf(press: KeyPress): PresentIntent | null {
  const { key } = press;
  if (key === ' ' && press.shiftKey) return { kind: 'previous' };
  if (NEXT.has(key)) return { kind: 'next' };
  if (PREVIOUS.has(key)) return { kind: 'previous' };
  if (key === 'Home') return { kind: 'first' };
  if (key === 'End') return { kind: 'last' };
  if (key === 'F5') return { kind: 'start', fromCurrent: press.shiftKey };
  if (key === 'Escape') return { kind: 'leave' };
  switch (key.toLowerCase()) {
    case 'f':
      return { kind: 'fullscreen' };
    case 'b':
    case '.':
      return { kind: 'blank', colour: 'black' };
    case 'w':
    case ',':
      return { kind: 'blank', colour: 'white' };
    default:
      return null;
  }
}

/** Shortcuts with Ctrl, Alt or Meta stay the browser's (print, reload, zoom). */
export function readKey(press: KeyPress, digits: string, blanked: boolean): KeyReading {
  if (press.ctrlKey || press.altKey || press.metaKey || MODIFIER_ONLY.has(press.key))
    return { intent: null, digits };
  if (blanked) return { intent: { kind: 'unblank' }, digits: '' };
  if (/^[0-9]$/.test(press.key)) return { intent: null, digits: (digits + press.key).slice(-3) };
  if (press.key === 'Enter' && digits) return { intent: { kind: 'jump', step: Number(digits) }, digits: '' };
  return { intent: intentOf(press), digits: '' };
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'image', 'color', 'file'].includes(
    target.type,
  );
}

export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}
