import { describe, expect, it } from 'vitest';
import { clearOfCovers } from '../../src/map/clear-of-covers';

const BASE = { top: 64, right: 64, bottom: 110, left: 64 };

function mapWith(size: { width: number; height: number }, covers: DOMRect[]): HTMLElement {
  const frame = document.createElement('div');
  const container = document.createElement('div');
  container.getBoundingClientRect = () => new DOMRect(0, 0, size.width, size.height);
  frame.append(container);
  for (const rect of covers) {
    const cover = document.createElement('section');
    cover.dataset.mapCover = 'true';
    cover.getBoundingClientRect = () => rect;
    frame.append(cover);
  }
  return container;
}

describe('framing incidents on a map that has its legend open', () => {
  it('leaves the legend its room beside the framed area when that costs the least of the map', () => {
    const container = mapWith({ width: 900, height: 615 }, [new DOMRect(10, 10, 262, 320)]);
    expect(clearOfCovers(container, BASE)).toEqual({ ...BASE, left: 284 });
  });

  it('frames below a wide, short legend rather than beside it', () => {
    const container = mapWith({ width: 900, height: 615 }, [new DOMRect(10, 10, 700, 60)]);
    expect(clearOfCovers(container, BASE)).toEqual({ ...BASE, top: 82 });
  });

  it('ignores a folded legend, and one that would leave too little map to frame in', () => {
    expect(clearOfCovers(mapWith({ width: 900, height: 615 }, []), BASE)).toEqual(BASE);
    const phone = mapWith({ width: 390, height: 480 }, [new DOMRect(10, 10, 300, 400)]);
    expect(clearOfCovers(phone, BASE)).toEqual(BASE);
  });
});
