/**
 * Asked before MapLibre (the heaviest chunk) is even fetched: a browser with WebGL switched off, blocked by
 * policy or without a GPU gets the static map at once instead of a download that cannot draw.
 */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!context) return false;
    // Free the context now; browsers cap how many a page may hold.
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
