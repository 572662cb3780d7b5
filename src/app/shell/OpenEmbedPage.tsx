import { useEffect } from 'react';

/** embed.html is its own build: sharing modules with it cost 3 KB more before first paint. */
export function OpenEmbedPage() {
  useEffect(() => {
    window.location.replace(`embed.html${window.location.search}${window.location.hash}`);
  }, []);
  return null;
}
