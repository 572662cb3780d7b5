import { generate } from 'lean-qr';
import { useMemo } from 'react';

/** A run of dark modules per rectangle, so even a long link stays one small element. */
function qrPath(text: string): { size: number; path: string } {
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y += 1) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: code.size, path };
}

interface ChapterQrProps {
  link: string;
  label: string;
}

/** Black on white whatever the theme, with the quiet zone scanners need. */
export function ChapterQr({ link, label }: ChapterQrProps) {
  const { size, path } = useMemo(() => qrPath(link), [link]);
  return (
    <figure className="chapter-qr">
      <svg
        className="chapter-qr__code"
        viewBox={`-4 -4 ${size + 8} ${size + 8}`}
        role="img"
        aria-label={label}
        shapeRendering="crispEdges"
      >
        <rect x={-4} y={-4} width={size + 8} height={size + 8} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption className="chapter-qr__link">{link}</figcaption>
    </figure>
  );
}
