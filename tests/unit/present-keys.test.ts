import { describe, expect, it } from 'vitest';
import { clampStep, readKey, type KeyPress } from '../../src/features/tour/present-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});
const intent = (key: string, extra: Partial<KeyPress> = {}, digits = '', blanked = false) =>
  readKey(press(key, extra), digits, blanked).intent;

describe('the keys a clicker or a teacher presses', () => {
  it('moves on with → ↓ PageDown Space and Enter, back with ← ↑ PageUp Backspace and Shift+Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
      expect(intent(key)).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(intent(key)).toEqual({ kind: 'previous' });
    expect(intent(' ', { shiftKey: true })).toEqual({ kind: 'previous' });
  });

  it('goes to the first and last chapter with Home and End, and to chapter 7 with 7 then Enter', () => {
    expect(intent('Home')).toEqual({ kind: 'first' });
    expect(intent('End')).toEqual({ kind: 'last' });
    const seven = readKey(press('7'), '', false);
    expect(seven).toEqual({ intent: null, digits: '7' });
    expect(readKey(press('Enter'), seven.digits, false)).toEqual({
      intent: { kind: 'jump', step: 7 },
      digits: '',
    });
    expect(readKey(press('2'), '1', false).digits).toBe('12');
    expect(readKey(press('ArrowRight'), '1', false)).toEqual({ intent: { kind: 'next' }, digits: '' });
  });

  it('blanks to black with B or a full stop, to white with W or a comma, and any key brings the chapter back', () => {
    expect(intent('b')).toEqual({ kind: 'blank', colour: 'black' });
    expect(intent('B', { shiftKey: true })).toEqual({ kind: 'blank', colour: 'black' });
    expect(intent('.')).toEqual({ kind: 'blank', colour: 'black' });
    expect(intent('w')).toEqual({ kind: 'blank', colour: 'white' });
    expect(intent(',')).toEqual({ kind: 'blank', colour: 'white' });
    expect(intent('ArrowRight', {}, '', true)).toEqual({ kind: 'unblank' });
    expect(intent('b', {}, '', true)).toEqual({ kind: 'unblank' });
  });

  it('starts over with F5, from the current chapter with Shift+F5, toggles fullscreen with F and leaves with Esc', () => {
    expect(intent('F5')).toEqual({ kind: 'start', fromCurrent: false });
    expect(intent('F5', { shiftKey: true })).toEqual({ kind: 'start', fromCurrent: true });
    expect(intent('f')).toEqual({ kind: 'fullscreen' });
    expect(intent('Escape')).toEqual({ kind: 'leave' });
  });

  it("leaves the browser's own shortcuts alone", () => {
    expect(intent('p', { ctrlKey: true })).toBeNull();
    expect(intent('r', { metaKey: true })).toBeNull();
    expect(intent('ArrowLeft', { altKey: true })).toBeNull();
    expect(intent('Shift', { shiftKey: true }, '', true)).toBeNull();
  });

  it('keeps a jump inside the tour', () => {
    expect(clampStep(0, 13)).toBe(1);
    expect(clampStep(99, 13)).toBe(13);
    expect(clampStep(7, 13)).toBe(7);
  });
});
