// Decodes xn-- labels here, since URL parsers disagree about them (Chromium accepts "xn--zz.com" and "ex
// ample.com"; Node refuses both).
import punycode from 'punycode/punycode.js';

const WRITTEN = /^https:\/\/([^/?#:]+)(?::(\d{0,5}))?(?:[/?#].*)?$/iu;
const LABEL = /^[\p{L}\p{M}0-9_-]{1,63}$/u;
export const UNSEEN = /[\s\p{Cc}\p{Cf}\\]/gu;

/** A space inside the path is allowed: every parser encodes it as %20, and old newsroom links hold them. */
export function hasUnseenCharacters(value: string): boolean {
  const host = /^[^/]*\/\/([^/?#]*)/.exec(value.trim())?.[1] ?? '';
  return /[\p{Cc}\p{Cf}\\]|^\s|\s$/u.test(value) || /\s/u.test(host);
}

function isHostLabel(label: string): boolean {
  if (!LABEL.test(label)) return false;
  if (!label.toLowerCase().startsWith('xn--')) return true;
  try {
    const decoded = punycode.toUnicode(label.toLowerCase());
    return decoded !== label.toLowerCase() && LABEL.test(decoded) && !decoded.startsWith('xn--');
  } catch {
    return false;
  }
}

/** Shared by the browser and `npm run validate-data`, and this strict so two URL parsers cannot disagree. */
export function isSourceUrl(value: string): boolean {
  const written = WRITTEN.exec(value);
  if (!written || hasUnseenCharacters(value)) return false;
  const [, host = '', port] = written;
  if (port && Number(port) > 65_535) return false;
  const labels = host.endsWith('.') ? host.slice(0, -1).split('.') : host.split('.');
  if (!labels.every(isHostLabel)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
