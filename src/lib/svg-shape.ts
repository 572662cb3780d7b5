/**
 * Symbol shapes as SVG path data in a 100 × 100 box: the map rasterises them (Path2D) into its icons and the
 * list and legend draw them as inline SVG, so a shape on the map and in the legend can never disagree.
 */
export interface Shape {
  fill?: string;
  stroke?: string;
}

export function starPath(spikes: number, outer: number, inner: number): string {
  const points = Array.from({ length: spikes * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / spikes - Math.PI / 2;
    return `${(50 + radius * Math.cos(angle)).toFixed(1)} ${(50 + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return `M${points.join('L')}Z`;
}

export const circle = (r: number) => `M${50 - r} 50a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;

export const reversedCircle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 1 ${2 * r} 0a${r} ${r} 0 1 1 ${-2 * r} 0Z`;
