/** A guest on the host's page must not leave a worker behind; a framed page counts as an embed. */
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
