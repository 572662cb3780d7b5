/**
 * An embed never registers the worker: the atlas is a guest on the host's page and must not leave a worker behind
 * for it. A page inside a frame counts as an embed whatever its link says.
 */
export function mayRegisterServiceWorker(mode: string, framed: boolean, supported: boolean): boolean {
  return supported && !framed && mode !== 'embed';
}

export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}
