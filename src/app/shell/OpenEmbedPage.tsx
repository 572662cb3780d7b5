import { useEffect } from 'react';

/**
 * `?mode=embed` on the main page (older snippets) opens embed.html with the same parameters. Replacing the
 * location adds no history entry; embed.html is a build of its own, so the main page never bundles the embed's
 * shell (sharing modules with it split the explore shell's into extra chunks: 3 KB more before first paint).
 */
export function OpenEmbedPage() {
  useEffect(() => {
    window.location.replace(`embed.html${window.location.search}${window.location.hash}`);
  }, []);
  return null;
}
