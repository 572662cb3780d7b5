/** Loads the page afresh at the address it shows, which holds the whole view (docs/URL.md). */
export function reloadPage(): void {
  window.location.reload();
}
