// punycode.js (RFC 3492): decodes a host's xn-- labels here, so the rule does not depend on how leniently the
// runtime's own URL parser treats them (Chromium accepts "xn--zz.com" and "ex ample.com"; Node refuses both).
import punycode from 'punycode/punycode.js';

const WRITTEN = /^https:\/\/([^/?#:]+)(?::(\d{0,5}))?(?:[/?#].*)?$/iu;
const LABEL = /^[\p{L}\p{M}0-9_-]{1,63}$/u;
/** Everything a parser may drop or encode without the reader seeing it. */
export const UNSEEN = /[\s\p{Cc}\p{Cf}\\]/gu;

/**
 * Control and format characters or a backslash anywhere, and spaces at the ends or in the host. A space inside
 * the path is allowed: every parser encodes it as %20, and old newsroom links hold them.
 */
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

/**
 * The one rule for a source link, shared by the browser and `npm run validate-data`: https, a host of letters
 * (any script), digits, hyphens and underscores, an optional port, no control or invisible characters, and no
 * spaces outside the path.
 * Written this strictly so two URL parsers cannot disagree about it.
 */
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
